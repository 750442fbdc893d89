using CamTest.Core.Results;

namespace CamTest.Core.Analysis;

/// <summary>
/// Fixed-pattern noise from the mean of L frames. The spatial variance of the mean map still holds the temporal
/// noise averaged down by L, so that part is subtracted (EMVA 1288: s^2 = s^2_measured - sigma^2_temporal / L).
/// Row (column) noise is the spread of the row (column) means less what white pixel noise alone would leave in a
/// mean of W (H) pixels. Hot pixels are masked out so a handful of bright pixels do not pass for a pattern.
/// </summary>
public static class FixedPatternNoise
{
    /// <param name="temporalVariance">The temporal (read) variance, ADU^2, with its standard error: with few frames the
    /// subtracted temporal part is as uncertain as the spatial part, and both enter the error (an unknown one leaves
    /// the pattern's error unknown).</param>
    public static FixedPatternResult Analyze(
        double[] meanMap, int width, int height, int frames, Quantity temporalVariance, Quantity gainEPerAdu, bool[]? mask = null)
    {
        long used = 0;
        double sum = 0;
        var rowSum = new double[height];
        var rowN = new int[height];
        var colSum = new double[width];
        var colN = new int[width];
        for (int y = 0; y < height; y++)
        {
            for (int x = 0; x < width; x++)
            {
                int i = (y * width) + x;
                if (mask?[i] == true)
                {
                    continue;
                }

                double v = meanMap[i];
                sum += v;
                used++;
                rowSum[y] += v;
                rowN[y]++;
                colSum[x] += v;
                colN[x]++;
            }
        }

        if (used < 2)
        {
            throw new InsufficientDataException("fixed-pattern noise needs at least 2 usable pixels");
        }

        double mean = sum / used;
        double measured = 0;
        for (int i = 0; i < meanMap.Length; i++)
        {
            if (mask?[i] != true)
            {
                measured += (meanMap[i] - mean) * (meanMap[i] - mean);
            }
        }

        measured /= used - 1;
        Quantity pixelMeasured = SampleVariance(measured, used);
        Quantity? dsnu = FromVariance(pixelMeasured, temporalVariance / frames, gainEPerAdu);
        Quantity? rows = LineNoise(rowSum, rowN, pixelMeasured, gainEPerAdu);
        Quantity? cols = LineNoise(colSum, colN, pixelMeasured, gainEPerAdu);
        return new FixedPatternResult(dsnu, rows, cols, frames, used);
    }

    /// <summary>Spread of line means beyond what white pixel noise (variance <paramref name="pixelMeasured"/>) explains.
    /// The line means' spread and the pixels' are taken as independent (for white noise the spread within lines and
    /// between them are), so the subtracted part's error adds in quadrature.</summary>
    private static Quantity? LineNoise(double[] sums, int[] counts, Quantity pixelMeasured, Quantity gain)
    {
        var means = sums.Select((s, i) => counts[i] > 0 ? s / counts[i] : double.NaN).Where(m => !double.IsNaN(m)).ToArray();
        if (means.Length < 2)
        {
            return null;
        }

        double lineMean = means.Average();
        double measured = means.Sum(m => (m - lineMean) * (m - lineMean)) / (means.Length - 1);
        double perLine = counts.Where(c => c > 0).Average();
        return FromVariance(SampleVariance(measured, means.Length), pixelMeasured / perLine, gain);
    }

    /// <summary>A sample variance of n values with the Gaussian standard error of a variance, sqrt(2/(n-1)) x itself.</summary>
    private static Quantity SampleVariance(double variance, long n) => new(variance, Unit.Adu2, variance * Math.Sqrt(2.0 / (n - 1)));

    /// <summary>
    /// A noise in electrons: the square root of a measured variance less a correction, times the gain, every error
    /// carried by the algebra (difference, square root, product). Null when the pattern is below resolution.
    /// </summary>
    private static Quantity? FromVariance(Quantity measured, Quantity correction, Quantity gain)
    {
        Quantity corrected = measured - correction;
        return corrected.Value <= 0 ? null : corrected.Sqrt() * gain;
    }
}
