using CamTest.Core.Results;
using CamTest.Core.Session;

namespace CamTest.Core.Analysis;

/// <summary>
/// The protocol's read noise: std(A - B) / sqrt 2 of bias pairs, times the gain, averaged over every pair of the
/// bias stack as an rms (variances averaged, then the root taken). With enough frames, also the median over pixels
/// of each pixel's own temporal noise: the typical sCMOS pixel, which the rms (pulled up by noisy pixels) is not.
/// </summary>
public static class ReadNoise
{
    /// <summary>Frames needed before a per-pixel noise is worth a median (each pixel's estimate has ~1/sqrt(2(n-1)) error).</summary>
    public const int MinFramesForMedian = 10;

    /// <summary>Below half an ADU rms the ADC step (1/sqrt 12 = 0.29 ADU) dominates the measured noise.</summary>
    public const double QuantisationLimitAdu = 0.5;

    public static ReadNoiseSection Analyze(StackSummary bias, Quantity? gain)
    {
        (double variance, double varianceErr) = bias.TemporalVariance();
        double rmsAdu = Math.Sqrt(variance);
        var rms = new Quantity(rmsAdu, "ADU", varianceErr / (2 * rmsAdu));
        Quantity? medianAdu = bias.PerPixel is { FrameCount: >= MinFramesForMedian } acc ? MedianNoise(acc.VarianceMap()) : null;
        return new ReadNoiseSection(
            gain is null ? null : rms.Times(gain, "e-"),
            rms,
            gain is null || medianAdu is null ? null : medianAdu.Times(gain, "e-"),
            medianAdu,
            bias.Pairs.Count,
            rmsAdu < QuantisationLimitAdu);
    }

    /// <summary>
    /// Median of per-pixel noise, with the large-sample standard error of a median, 1.2533 sigma / sqrt(n), where sigma
    /// is estimated robustly from the interquartile range (the distribution of sCMOS pixel noise has a long tail).
    /// </summary>
    private static Quantity MedianNoise(double[] varianceMap)
    {
        double[] noise = [.. varianceMap.Select(v => Math.Sqrt(Math.Max(v, 0)))];
        Array.Sort(noise);
        double median = Quantile(noise, 0.5);
        double sigma = (Quantile(noise, 0.75) - Quantile(noise, 0.25)) / 1.349;
        return new Quantity(median, "ADU", 1.2533 * sigma / Math.Sqrt(noise.Length));
    }

    private static double Quantile(double[] sorted, double q)
    {
        double pos = q * (sorted.Length - 1);
        int lo = (int)Math.Floor(pos);
        int hi = Math.Min(lo + 1, sorted.Length - 1);
        return sorted[lo] + ((pos - lo) * (sorted[hi] - sorted[lo]));
    }
}
