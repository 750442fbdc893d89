using System.Buffers;
using CamTest.Core.Analysis;
using CamTest.Core.Statistics;
using CamTest.IO;

namespace CamTest.Core.Session;

/// <summary>
/// Reduces a dark stack to a <see cref="DarkLevel"/> robustly: hot pixels (the mask from the long darks, when there
/// is one) are left out, and what is left is clipped at 5 sigma, so a few bright pixels neither raise the mean nor
/// swamp the pair variance. The variance's error comes from the differences themselves, however many pairs, so it
/// stays honest when a long tail of noisy pixels (sCMOS) carries much of the variance (<see cref="PairVarianceError"/>).
/// Frames are read whole into two reused buffers (the next read overlapping this one's work), never as frames of
/// doubles for integer data. The same pass
/// also gives the plain statistics of all pixels: those are what a flat's mean and variance must be offset by,
/// since the flats are not clipped either.
/// </summary>
public static class DarkReduction
{
    /// <param name="label">The stack's file, named when a frame or pair is refused (<see cref="FrameSanity"/>).</param>
    public static ReducedDark Reduce(IFrameSource source, double exposureMs, bool[]? hotMask, string label = "darks")
    {
        StackInfo info = source.Info;
        PixelType type = info.PixelType;
        var means = new List<double>();
        var variances = new List<double>();
        var plainMeans = new List<double>();
        var plainVariances = new List<double>();
        var sampling = new List<double>();
        var plainSampling = new List<double>();
        FrameClipper clipper = IntegerValueCounts.Supports(type) ? new CodeClipper(type, hotMask) : new DoubleClipper(info, hotMask);
        // A dark never sits on one code everywhere, not even on the top code: no exemption for saturation.
        var stack = new StackUnderCheck(label, "darks", double.PositiveInfinity, 0);
        // The first frame of the current pair, in the source's own pixel type (the pipeline's buffer is reused). From
        // the shared pool, as the pipeline's own buffers: a session's dark stacks then copy into one frame's memory,
        // not into a fresh 8 MiB each (2048 pages faulted in per 2048 x 2048 stack).
        int frameBytes = checked((int)info.BytesPerFrame);
        byte[] pooled = ArrayPool<byte>.Shared.Rent(frameBytes);
        try
        {
            FramePipeline.Run(
                source,
                (band, pixels) =>
                {
                    int f = band.Frame;
                    // Exact moments of the plain frame: its extremes and mean (the mean of integers is exact either way).
                    IMoments plain = MomentsKernels.Compute(pixels, type);
                    FrameSanity.CheckFrame(stack, f, plain.Min, plain.Max);
                    plainMeans.Add(plain.Mean);
                    means.Add(clipper.ClipFrame(pixels).Mean);
                    // The pool's array may be longer than a frame.
                    Span<byte> first = pooled.AsSpan(0, frameBytes);
                    if (f % 2 == 0)
                    {
                        pixels.CopyTo(first);
                        return;
                    }

                    // The same pair statistics as the flats get (mean difference removed, N - 1), from the same kernel.
                    PairDifference pair = PairDifferenceKernels.Compute(first, pixels, type);
                    FrameSanity.CheckPair(stack, f - 1, pair, pair.Difference);
                    plainVariances.Add(pair.UnbiasedTemporalVariance);
                    plainSampling.Add(PairVarianceError.OfGaussianPixels(PairFourthPower.Sum(first, pixels, type), info.PixelsPerFrame));

                    (double std, double samplingVariance) = clipper.ClipDifference(first, pixels);
                    variances.Add(std * std / 2);
                    sampling.Add(samplingVariance);
                },
                bandBytes: frameBytes);
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(pooled);
        }

        long pixelCount = info.PixelsPerFrame;
        return new ReducedDark(Level(exposureMs, means, variances, sampling, pixelCount), Level(exposureMs, plainMeans, plainVariances, plainSampling, pixelCount));
    }

    private static DarkLevel Level(double exposureMs, IReadOnlyList<double> means, IReadOnlyList<double> variances, IReadOnlyList<double> sampling, long pixels)
    {
        double mean = means.Average();
        double meanErr = SampleSpread.StandardErrorOfMean(means);
        double varianceErr = PairVarianceError.StandardError(variances, sampling, pixels);
        return DarkLevel.Of(exposureMs / 1000, mean, meanErr, variances.Average(), varianceErr);
    }

    /// <summary>
    /// Clipped statistics of a frame and of a pair's difference with the hot pixels left out. Integer codes are
    /// counted per value (<see cref="IntegerValueCounts"/>): no frame of doubles is built, and the clipping iterates
    /// over the bins. Other types are widened into buffers made once for the stack.
    /// </summary>
    private abstract class FrameClipper
    {
        public abstract MeanAndSpread ClipFrame(ReadOnlySpan<byte> pixels);

        /// <returns>The clipped standard deviation of first - second, and the sampling variance of its half square
        /// (<see cref="ClippedSamplingVariance"/>).</returns>
        public abstract ClippedDifference ClipDifference(ReadOnlySpan<byte> first, ReadOnlySpan<byte> second);
    }

    /// <summary>The clipped standard deviation of a pair's difference, ADU, and the sampling variance of its half square.</summary>
    private readonly record struct ClippedDifference(double Std, double SamplingVariance);

    private sealed class CodeClipper(PixelType type, bool[]? mask) : FrameClipper
    {
        private readonly IntegerValueCounts _codes = IntegerValueCounts.ForCodes(type);
        private readonly IntegerValueCounts _differences = IntegerValueCounts.ForDifferences(type);

        public override MeanAndSpread ClipFrame(ReadOnlySpan<byte> pixels)
        {
            _codes.Clear();
            _codes.AddCodes(pixels, type, mask);
            (double mean, double std, _, _) = ClippedStatistics.Clip(_codes);
            return new(mean, std);
        }

        public override ClippedDifference ClipDifference(ReadOnlySpan<byte> first, ReadOnlySpan<byte> second)
        {
            _differences.Clear();
            _differences.AddDifferences(first, second, type, mask);
            (double centre, double std, double low, double high) = ClippedStatistics.Clip(_differences);
            double sum = 0, sumSq = 0;
            long kept = 0;
            ReadOnlySpan<long> counts = _differences.Counts;
            for (int k = 0; k < counts.Length; k++)
            {
                double d = _differences.Lowest + k;
                if (counts[k] != 0 && d >= low && d <= high)
                {
                    double r2 = (d - centre) * (d - centre);
                    sum += counts[k] * r2;
                    sumSq += counts[k] * (r2 * r2);
                    kept += counts[k];
                }
            }

            return new(std, ClippedSamplingVariance(sum, sumSq, kept));
        }
    }

    private sealed class DoubleClipper(StackInfo info, bool[]? mask) : FrameClipper
    {
        private readonly double[] _first = new double[info.PixelsPerFrame];
        private readonly double[] _second = new double[info.PixelsPerFrame];
        private readonly double[] _kept = new double[info.PixelsPerFrame];

        public override MeanAndSpread ClipFrame(ReadOnlySpan<byte> pixels)
        {
            PixelConversion.ToDouble(pixels, info.PixelType, _second);
            int n = 0;
            for (int i = 0; i < _second.Length; i++)
            {
                // Masked pixels are left out; a NaN would never be kept by the clipping either.
                if ((mask is null || !mask[i]) && !double.IsNaN(_second[i]))
                {
                    _kept[n++] = _second[i];
                }
            }

            return ClippedStatistics.MeanAndStd(_kept.AsSpan(0, n));
        }

        public override ClippedDifference ClipDifference(ReadOnlySpan<byte> first, ReadOnlySpan<byte> second)
        {
            PixelConversion.ToDouble(first, info.PixelType, _first);
            PixelConversion.ToDouble(second, info.PixelType, _second);
            int n = 0;
            for (int i = 0; i < _first.Length; i++)
            {
                if ((mask is null || !mask[i]) && !double.IsNaN(_first[i]) && !double.IsNaN(_second[i]))
                {
                    _kept[n++] = _first[i] - _second[i];
                }
            }

            ReadOnlySpan<double> diff = _kept.AsSpan(0, n);
            (double centre, double std, double low, double high) = ClippedStatistics.Clip(diff);
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

            return new(std, ClippedSamplingVariance(sum, sumSq, kept));
        }
    }

    /// <summary>
    /// Sampling variance of one pair's clipped variance, mean(r^2)/2 over the kept differences r = d - centre
    /// (<paramref name="sum"/> of r^2 and <paramref name="sumSq"/> of r^4 over <paramref name="kept"/> of them): the
    /// variance of the kept r^2 over n, over 4. Unlike the Gaussian-pixel form for whole frames, this keeps up with the
    /// clipping: a noisy pixel's difference is kept or dropped by chance, which a per-pixel Gaussian fourth moment
    /// misses (on a sensor with the simulator's sCMOS read-noise tail it understates the error by about 6 %, and more
    /// for longer tails). A spread of per-pixel noise inflates it a little; on that sensor the two effects cancel.
    /// </summary>
    private static double ClippedSamplingVariance(double sum, double sumSq, long kept)
    {
        if (kept < 2)
        {
            return double.NaN;
        }

        double meanR2 = sum / kept;
        double varianceOfR2 = (sumSq - (kept * meanR2 * meanR2)) / (kept - 1);
        return varianceOfR2 / kept / 4;
    }
}
