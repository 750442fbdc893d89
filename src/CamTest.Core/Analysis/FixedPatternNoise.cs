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
    /// <param name="temporalVarianceStdErr">Standard error of <paramref name="temporalVarianceAdu2"/>: with few frames the
    /// subtracted temporal part is as uncertain as the spatial part, and both enter the error.</param>
    public static FixedPatternSection Analyze(
        double[] meanMap, int width, int height, int frames, double temporalVarianceAdu2, double temporalVarianceStdErr, Quantity gainEPerAdu, bool[]? mask = null)
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
        double pixelVariance = measured - (temporalVarianceAdu2 / frames);
        double correctionErr = temporalVarianceStdErr / frames;
        Quantity? dsnu = FromVariance(pixelVariance, measured, used, correctionErr, gainEPerAdu);
        Quantity? rows = LineNoise(rowSum, rowN, measured, gainEPerAdu);
        Quantity? cols = LineNoise(colSum, colN, measured, gainEPerAdu);
        return new FixedPatternSection(dsnu, rows, cols, frames, used);
    }

    /// <summary>Spread of line means beyond what white pixel noise (variance <paramref name="pixelMeasured"/>) explains.</summary>
    private static Quantity? LineNoise(double[] sums, int[] counts, double pixelMeasured, Quantity gain)
    {
        var means = sums.Select((s, i) => counts[i] > 0 ? s / counts[i] : double.NaN).Where(m => !double.IsNaN(m)).ToArray();
        if (means.Length < 2)
        {
            return null;
        }

        double lineMean = means.Average();
        double measured = means.Sum(m => (m - lineMean) * (m - lineMean)) / (means.Length - 1);
        double perLine = counts.Where(c => c > 0).Average();
        return FromVariance(measured - (pixelMeasured / perLine), measured, means.Length, 0, gain);
    }

    /// <summary>
    /// A noise (sqrt of a corrected variance) in electrons, with the standard error of a variance from n samples,
    /// sqrt(2/(n-1)) x measured, and the error of the subtracted correction, carried through the square root, then
    /// times the gain with its error (the algebra's product rule). Null
    /// when the pattern is below resolution.
    /// </summary>
    private static Quantity? FromVariance(double corrected, double measured, long n, double correctionErr, Quantity gain)
    {
        if (corrected <= 0)
        {
            return null;
        }

        double varianceErr = Math.Sqrt((measured * measured * 2.0 / (n - 1)) + (correctionErr * correctionErr));
        return new Quantity(corrected, Unit.Adu2, varianceErr).Sqrt() * gain;
    }
}
