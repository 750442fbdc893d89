using System.Runtime.InteropServices;
using CamTest.Core.Analysis;
using CamTest.Core.Statistics;
using CamTest.IO;

namespace CamTest.Core.Session;

/// <summary>
/// Reduces a dark stack to a <see cref="DarkLevel"/> robustly: hot pixels (the mask from the long darks, when there
/// is one) are left out, and what is left is clipped at 5 sigma, so a few bright pixels neither raise the mean nor
/// swamp the pair variance. Dark stacks are short (pairs), so frames are read whole, as doubles. The same pass
/// also gives the plain statistics of all pixels: those are what a flat's mean and variance must be offset by,
/// since the flats are not clipped either.
/// </summary>
public static class DarkReduction
{
    public static (DarkLevel Robust, DarkLevel Plain) Reduce(IFrameSource source, double exposureMs, bool[]? hotMask)
    {
        int frames = source.Info.FrameCount;
        var means = new List<double>();
        var variances = new List<double>();
        var plainMeans = new List<double>();
        var plainVariances = new List<double>();
        double[]? first = null;
        double[]? firstPlain = null;
        for (int f = 0; f < frames; f++)
        {
            double[] plain = source.ReadFrameAsDouble(f);
            plainMeans.Add(plain.Average());
            double[] frame = Masked((double[])plain.Clone(), hotMask);
            means.Add(ClippedStatistics.MeanAndStd(frame).Mean);
            if (f % 2 == 0)
            {
                first = frame;
                firstPlain = plain;
                continue;
            }

            // The same pair statistics as the flats get (mean difference removed, N - 1), from the same kernel.
            plainVariances.Add(PairDifferenceKernels.Compute(
                MemoryMarshal.AsBytes(firstPlain.AsSpan()), MemoryMarshal.AsBytes(plain.AsSpan()), PixelType.Float64).UnbiasedTemporalVariance);

            double[] diff = new double[frame.Length];
            int n = 0;
            for (int i = 0; i < frame.Length; i++)
            {
                if (!double.IsNaN(frame[i]) && !double.IsNaN(first![i]))
                {
                    diff[n++] = first[i] - frame[i];
                }
            }

            double std = ClippedStatistics.MeanAndStd(diff.AsSpan(0, n)).Std;
            variances.Add(std * std / 2);
        }

        long pixels = source.Info.PixelsPerFrame;
        return (Level(exposureMs, means, variances, pixels), Level(exposureMs, plainMeans, plainVariances, pixels));
    }

    private static DarkLevel Level(double exposureMs, List<double> means, List<double> variances, long pixels)
    {
        double mean = means.Average();
        double meanErr = SampleSpread.StandardErrorOfMean(means);
        double variance = variances.Average();
        double varianceErr = variances.Count >= StackSummary.PairsForSpread
            ? SampleSpread.StandardErrorOfMean(variances)
            : variance * Math.Sqrt(2.0 / Math.Max(pixels - 1, 1)) / Math.Sqrt(variances.Count);
        return new DarkLevel(exposureMs / 1000, mean, meanErr, variance, varianceErr);
    }

    /// <summary>Masked pixels become NaN; <see cref="ClippedStatistics"/> never keeps a NaN.</summary>
    private static double[] Masked(double[] frame, bool[]? mask)
    {
        if (mask is not null)
        {
            for (int i = 0; i < frame.Length; i++)
            {
                if (mask[i])
                {
                    frame[i] = double.NaN;
                }
            }
        }

        return frame;
    }
}
