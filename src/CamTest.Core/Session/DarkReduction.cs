using System.Runtime.InteropServices;
using CamTest.Core.Analysis;
using CamTest.Core.Statistics;
using CamTest.IO;

namespace CamTest.Core.Session;

/// <summary>
/// Reduces a dark stack to a <see cref="DarkLevel"/> robustly: hot pixels (the mask from the long darks, when there
/// is one) are left out, and what is left is clipped at 5 sigma, so a few bright pixels neither raise the mean nor
/// swamp the pair variance. The variance's error comes from the differences themselves, however many pairs, so it
/// stays honest when a long tail of noisy pixels (sCMOS) carries much of the variance (<see cref="PairVarianceError"/>).
/// Dark stacks are short (pairs), so frames are read whole, as doubles. The same pass
/// also gives the plain statistics of all pixels: those are what a flat's mean and variance must be offset by,
/// since the flats are not clipped either.
/// </summary>
public static class DarkReduction
{
    /// <param name="label">The stack's file, named when a frame or pair is refused (<see cref="FrameSanity"/>).</param>
    public static (DarkLevel Robust, DarkLevel Plain) Reduce(IFrameSource source, double exposureMs, bool[]? hotMask, string label = "darks")
    {
        int frames = source.Info.FrameCount;
        var means = new List<double>();
        var variances = new List<double>();
        var plainMeans = new List<double>();
        var plainVariances = new List<double>();
        var sampling = new List<double>();
        var plainSampling = new List<double>();
        double[]? first = null;
        double[]? firstPlain = null;
        for (int f = 0; f < frames; f++)
        {
            double[] plain = source.ReadFrameAsDouble(f);
            // A dark never sits on one code everywhere, not even on the top code: no exemption for saturation.
            FrameSanity.CheckFrame(label, "darks", f, plain.Min(), plain.Max(), double.PositiveInfinity);
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
            ReadOnlySpan<byte> a = MemoryMarshal.AsBytes(firstPlain.AsSpan()), b = MemoryMarshal.AsBytes(plain.AsSpan());
            PairDifference pair = PairDifferenceKernels.Compute(a, b, PixelType.Float64);
            FrameSanity.CheckPair(label, "darks", f - 1, pair, pair.Difference, double.PositiveInfinity, 0);
            plainVariances.Add(pair.UnbiasedTemporalVariance);
            plainSampling.Add(PairVarianceError.OfGaussianPixels(PairFourthPower.Sum(a, b, PixelType.Float64), plain.Length));

            double[] diff = new double[frame.Length];
            int n = 0;
            for (int i = 0; i < frame.Length; i++)
            {
                if (!double.IsNaN(frame[i]) && !double.IsNaN(first![i]))
                {
                    diff[n++] = first[i] - frame[i];
                }
            }

            (double centre, double std, double low, double high) = ClippedStatistics.Clip(diff.AsSpan(0, n));
            variances.Add(std * std / 2);
            sampling.Add(ClippedSamplingVariance(diff.AsSpan(0, n), centre, low, high));
        }

        long pixels = source.Info.PixelsPerFrame;
        return (Level(exposureMs, means, variances, sampling, pixels), Level(exposureMs, plainMeans, plainVariances, plainSampling, pixels));
    }

    private static DarkLevel Level(double exposureMs, List<double> means, List<double> variances, List<double> sampling, long pixels)
    {
        double mean = means.Average();
        double meanErr = SampleSpread.StandardErrorOfMean(means);
        double varianceErr = PairVarianceError.StandardError(variances, sampling, pixels);
        return new DarkLevel(exposureMs / 1000, mean, meanErr, variances.Average(), varianceErr);
    }

    /// <summary>
    /// Sampling variance of one pair's clipped variance, mean(r^2)/2 over the kept differences r = d - centre: the
    /// variance of the kept r^2 over n, over 4. Unlike the Gaussian-pixel form for whole frames, this keeps up with the
    /// clipping: a noisy pixel's difference is kept or dropped by chance, which a per-pixel Gaussian fourth moment
    /// misses (on a sensor with the simulator's sCMOS read-noise tail it understates the error by about 6 %, and more
    /// for longer tails). A spread of per-pixel noise inflates it a little; on that sensor the two effects cancel.
    /// </summary>
    private static double ClippedSamplingVariance(ReadOnlySpan<double> diff, double centre, double low, double high)
    {
        double sum = 0, sumSq = 0;
        long kept = 0;
        foreach (double d in diff)
        {
            if (d >= low && d <= high)
            {
                double r2 = (d - centre) * (d - centre);
                sum += r2;
                sumSq += r2 * r2;
                kept++;
            }
        }

        if (kept < 2)
        {
            return double.NaN;
        }

        double meanR2 = sum / kept;
        double varianceOfR2 = (sumSq - (kept * meanR2 * meanR2)) / (kept - 1);
        return varianceOfR2 / kept / 4;
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
