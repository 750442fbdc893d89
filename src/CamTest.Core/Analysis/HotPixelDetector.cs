using System.Buffers;
using System.Numerics;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;
using System.Runtime.Intrinsics.X86;
using CamTest.Core.Results;
using CamTest.Core.Statistics;
using CamTest.IO;

namespace CamTest.Core.Analysis;

/// <summary>
/// The protocol's hot-pixel count: each long dark frame minus the bias, pixels standing out above the frame's own
/// noise, compared across all frames. A pixel is hot in a frame when its dark signal exceeds the frame's centre by
/// <see cref="Sigmas"/> standard deviations of its own noise; it is reported hot when that happens in at least 80 % of
/// the frames. A pixel's noise is the frame's (estimated with the bright tail clipped, so hot pixels do not inflate
/// it) plus, when the bias stack gives each pixel's read variance, whatever that pixel's read variance has above the
/// typical pixel's: on sCMOS a long tail of pixels is 3-10 x noisier than the median, and without this the noisiest
/// of them pass a 5-sigma cut in a frame or two although their dark signal is ordinary. The protocol's hot pixels
/// "always stay in the same place": a pixel near the threshold, or one with random telegraph noise, crosses it only in
/// some frames, and a cosmic ray in one. Frames stream in one at a time; only per-pixel counts and sums are kept (exact
/// integer sums of the codes for integer data), plus one reused buffer of the frame less the bias.
/// </summary>
public sealed class HotPixelDetector
{
    /// <summary>Per-frame threshold in standard deviations: 5 sigma leaves ~3e-7 false hits per Gaussian pixel.</summary>
    public const double Sigmas = 5;

    /// <summary>A pixel is hot when it stands out in at least this fraction of the frames.</summary>
    public const double ConsistentFraction = 0.8;

    /// <summary>results.json lists at most this many pixels (the count is always complete).</summary>
    public const int MaxListed = 10_000;

    /// <summary>
    /// Bias frames needed before their per-pixel variance is used: with 10 it is known to +-47 % (sqrt(2/9)), enough to
    /// tell a pixel with 9-100 x the typical read variance; with fewer it would raise many ordinary pixels' thresholds
    /// by chance.
    /// </summary>
    public const int MinBiasFramesForNoiseMap = 10;

    private readonly int _width;
    private readonly double[] _biasMap;
    private readonly double _exposureS;
    private readonly ushort[] _hotCount;
    // Per-pixel sums of the values added: exact (long) for integer codes, double for float data; one of the two.
    private long[]? _codeSum;
    private double[]? _valueSum;
    private readonly float[]? _excessVariance;
    private readonly List<double> _thresholdsAdu = [];

    /// <param name="biasMap">Per-pixel bias (the averaged bias stack), ADU, row-major.</param>
    /// <param name="exposureS">Exposure of the long darks.</param>
    /// <remarks>Detection works in ADU; the gain enters only in <see cref="Result"/>, so the mask can be had before the gain is known.</remarks>
    public HotPixelDetector(int width, int height, double[] biasMap, double exposureS)
        : this(width, height, biasMap, null, 0, exposureS)
    {
    }

    /// <param name="biasVarianceMap">Per-pixel temporal variance of the bias stack (each pixel's read variance), ADU^2,
    /// row-major; left unused when <paramref name="biasFrames"/> is below <see cref="MinBiasFramesForNoiseMap"/>.</param>
    /// <param name="biasFrames">Frames the bias and variance maps were averaged over.</param>
    public HotPixelDetector(int width, int height, double[] biasMap, double[]? biasVarianceMap, long biasFrames, double exposureS)
    {
        if (biasMap.Length != (long)width * height || (biasVarianceMap is not null && biasVarianceMap.Length != biasMap.Length))
        {
            throw new ArgumentException("bias map does not match the frame size", nameof(biasMap));
        }

        _width = width;
        _biasMap = biasMap;
        _exposureS = exposureS;
        _hotCount = new ushort[biasMap.Length];
        _excessVariance = biasVarianceMap is not null && biasFrames >= MinBiasFramesForNoiseMap ? ExcessVariance(biasVarianceMap, biasFrames) : null;
    }

    /// <summary>True when each pixel is judged against its own read noise (a bias stack of enough frames was given).</summary>
    public bool UsesPixelNoise => _excessVariance is not null;

    public int Frames => _thresholdsAdu.Count;

    /// <summary>
    /// Adds every frame of a long-dark stack, read whole through <see cref="FramePipeline"/>. Each frame is subtracted
    /// from the bias on the pipeline's thread, in frame order (the per-pixel sums), and judged (clipped, its hot pixels
    /// counted) on the thread pool while the next frame is read and subtracted. The clipping's sums are one chain of
    /// dependent adds per frame, kept in order so that no threshold moves in its last bits; two frames judged at once
    /// is what puts the second core to work. Costs a second frame of doubles.
    /// </summary>
    public void AddFrames(IFrameSource source)
    {
        StackInfo info = source.Info;
        var thresholds = new double[info.FrameCount];
        // Frames of doubles from the shared pool (rented arrays may be longer: only the first pixels are used): the
        // same memory then serves the later stages' frame-sized scratch (read noise's median, PRNU, the dark
        // histogram) instead of fresh pages for each.
        int pixelCount = _biasMap.Length;
        double[][] darks = [ArrayPool<double>.Shared.Rent(pixelCount), ArrayPool<double>.Shared.Rent(pixelCount)];
        var judging = new Task?[darks.Length];
        try
        {
            FramePipeline.Run(
                source,
                (band, pixels) =>
                {
                    int frame = band.Frame, slot = frame % darks.Length;
                    judging[slot]?.GetAwaiter().GetResult();
                    double[] dark = darks[slot];
                    Subtract(pixels, info.PixelType, dark);
                    judging[slot] = Task.Run(() => thresholds[frame] = Judge(dark.AsSpan(0, pixelCount)));
                },
                bandBytes: (int)info.BytesPerFrame);
        }
        finally
        {
            // No judging may outlive this call (it writes the counts); a failed read is reported before a failed judging.
            foreach (Task? t in judging)
            {
                try
                {
                    t?.Wait();
                }
                catch (AggregateException)
                {
                }
            }

            ArrayPool<double>.Shared.Return(darks[0]);
            ArrayPool<double>.Shared.Return(darks[1]);
        }

        foreach (Task? t in judging)
        {
            t?.GetAwaiter().GetResult();
        }

        _thresholdsAdu.AddRange(thresholds);
    }

    private void Subtract(ReadOnlySpan<byte> pixels, PixelType type, double[] dark)
    {
        switch (type)
        {
            case PixelType.UInt8: Subtract(pixels, dark); break;
            case PixelType.UInt16: Subtract(MemoryMarshal.Cast<byte, ushort>(pixels), dark); break;
            case PixelType.Int16: Subtract(MemoryMarshal.Cast<byte, short>(pixels), dark); break;
            case PixelType.UInt32: Subtract(MemoryMarshal.Cast<byte, uint>(pixels), dark); break;
            case PixelType.Int32: Subtract(MemoryMarshal.Cast<byte, int>(pixels), dark); break;
            case PixelType.Float32: Subtract(MemoryMarshal.Cast<byte, float>(pixels), dark); break;
            case PixelType.Float64: Subtract(MemoryMarshal.Cast<byte, double>(pixels), dark); break;
            default: throw new ArgumentOutOfRangeException(nameof(type), type, null);
        }
    }

    /// <summary>The frame less the bias into <paramref name="dark"/>, and the frame added to the per-pixel sums.</summary>
    private void Subtract<T>(ReadOnlySpan<T> frame, double[] dark)
        where T : unmanaged, INumberBase<T>
    {
        if (frame.Length != _biasMap.Length)
        {
            throw new ArgumentException($"expected {_biasMap.Length} pixels, got {frame.Length}", nameof(frame));
        }

        if (typeof(T) == typeof(float) || typeof(T) == typeof(double))
        {
            double[] sum = _valueSum ??= new double[frame.Length];
            for (int i = 0; i < frame.Length; i++)
            {
                double v = double.CreateTruncating(frame[i]);
                dark[i] = v - _biasMap[i];
                sum[i] += v;
            }
        }
        else
        {
            long[] sum = _codeSum ??= new long[frame.Length];
            int i = typeof(T) == typeof(ushort) ? SubtractUInt16(MemoryMarshal.Cast<T, ushort>(frame), dark, sum) : 0;
            for (; i < frame.Length; i++)
            {
                long code = long.CreateTruncating(frame[i]);
                dark[i] = code - _biasMap[i];
                sum[i] += code;
            }
        }
    }

    /// <summary>
    /// <see cref="Subtract{T}"/> for uint16 codes, eight at a time (AVX2): each code widened exactly to a double and to
    /// a long, so the same differences and sums as the scalar loop, bit for bit. Returns how many pixels it did (the
    /// scalar loop does the rest).
    /// </summary>
    private int SubtractUInt16(ReadOnlySpan<ushort> frame, double[] dark, long[] sum)
    {
        if (!Avx2.IsSupported)
        {
            return 0;
        }

        ref ushort codes = ref MemoryMarshal.GetReference(frame);
        ref double bias = ref MemoryMarshal.GetArrayDataReference(_biasMap);
        ref double difference = ref MemoryMarshal.GetArrayDataReference(dark);
        ref long sums = ref MemoryMarshal.GetArrayDataReference(sum);
        int i = 0;
        for (; i <= frame.Length - 8; i += 8)
        {
            Vector256<int> v = Avx2.ConvertToVector256Int32(Vector128.LoadUnsafe(ref codes, (nuint)i));
            nuint lower = (nuint)i, upper = (nuint)(i + 4);
            (Avx.ConvertToVector256Double(v.GetLower()) - Vector256.LoadUnsafe(ref bias, lower)).StoreUnsafe(ref difference, lower);
            (Avx.ConvertToVector256Double(v.GetUpper()) - Vector256.LoadUnsafe(ref bias, upper)).StoreUnsafe(ref difference, upper);
            (Vector256.LoadUnsafe(ref sums, lower) + Avx2.ConvertToVector256Int64(v.GetLower())).StoreUnsafe(ref sums, lower);
            (Vector256.LoadUnsafe(ref sums, upper) + Avx2.ConvertToVector256Int64(v.GetUpper())).StoreUnsafe(ref sums, upper);
        }

        return i;
    }

    /// <summary>
    /// One frame less the bias judged: its threshold (clipped centre + 5 sigma), and the pixels above it (and above
    /// their own noise) counted. Frames may be judged at once on different threads: the counts are added under a lock.
    /// </summary>
    private double Judge(ReadOnlySpan<double> dark)
    {
        (double centre, double sigma) = ClippedStatistics.MeanAndStd(dark);
        double threshold = centre + (Sigmas * sigma);
        double frameVariance = sigma * sigma;
        // The pixels found in this frame, counted under the lock afterwards: the other frame judged at once need not
        // wait for this frame's whole pass, only for its few hits.
        var hits = new List<int>();
        for (int i = 0; i < dark.Length; i++)
        {
            // The frame's threshold is every pixel's lowest; only a pixel above it needs its own.
            if (dark[i] > threshold && (_excessVariance is null || dark[i] > centre + (Sigmas * Math.Sqrt(frameVariance + _excessVariance[i]))))
            {
                hits.Add(i);
            }
        }

        lock (_hotCount)
        {
            foreach (int i in hits)
            {
                _hotCount[i]++;
            }
        }

        return threshold;
    }

    /// <summary>Pixel <paramref name="i"/>'s mean dark signal over the frames added, ADU: its mean value less the bias.</summary>
    private double MeanDark(int i, int frames) =>
        ((_codeSum is { } codes ? codes[i] : _valueSum![i]) / (double)frames) - _biasMap[i];

    /// <summary>
    /// Each pixel's read variance above the typical pixel's (the clipped mean of the map), never below zero, in the
    /// dark-minus-bias frame: the pixel's own read noise plus the error of its bias-map entry, (1 + 1/frames) times it.
    /// The typical part is already in the frame's spread. Float: a threshold needs no more precision, and it halves
    /// the memory on large sensors.
    /// </summary>
    private static float[] ExcessVariance(double[] biasVarianceMap, long biasFrames)
    {
        double typical = ClippedStatistics.MeanAndStd(biasVarianceMap).Mean;
        double scale = 1 + (1.0 / biasFrames);
        var excess = new float[biasVarianceMap.Length];
        for (int i = 0; i < excess.Length; i++)
        {
            excess[i] = (float)Math.Max(0, (biasVarianceMap[i] - typical) * scale);
        }

        return excess;
    }

    /// <summary>Frames in which a pixel must stand out to count as hot.</summary>
    private int Needed => Math.Max(1, (int)Math.Ceiling(ConsistentFraction * Frames));

    /// <summary>Pixels hot in enough frames so far (row-major flags).</summary>
    public bool[] Mask()
    {
        int needed = Frames > 0 ? Needed : int.MaxValue;
        var mask = new bool[_hotCount.Length];
        for (int i = 0; i < mask.Length; i++)
        {
            mask[i] = _hotCount[i] >= needed;
        }

        return mask;
    }

    /// <summary>
    /// The hot pixels with their rates in e-/pixel/s for the given gain (e-/ADU). The threshold carries the gain's
    /// error as well as the spread of the per-frame thresholds (product rule); the listed rates are positions and
    /// sizes, given at the gain's value.
    /// </summary>
    public HotPixelResult Result(Quantity gainEPerAdu)
    {
        double electronsPerAduPerSecond = gainEPerAdu.Value / _exposureS;
        int frames = Frames;
        if (frames == 0)
        {
            throw new InsufficientDataException("no long dark frames to look for hot pixels in");
        }

        int needed = Needed;
        var mask = new bool[_hotCount.Length];
        var pixels = new List<HotPixel>();
        int persistent = 0;
        for (int i = 0; i < _hotCount.Length; i++)
        {
            if (_hotCount[i] >= needed)
            {
                mask[i] = true;
                persistent += _hotCount[i] == frames ? 1 : 0;
                pixels.Add(new HotPixel(i % _width, i / _width, MeanDark(i, frames) * electronsPerAduPerSecond, _hotCount[i]));
            }
        }

        // The mean of the per-frame thresholds, its error from their spread (unknown with one frame), per second of
        // exposure, times the gain.
        double meanThresholdAdu = _thresholdsAdu.Average();
        double? spreadAdu = frames > 1
            ? Math.Sqrt(_thresholdsAdu.Sum(t => Math.Pow(t - meanThresholdAdu, 2)) / (frames - 1) / frames)
            : null;
        Quantity threshold = (new Quantity(meanThresholdAdu, Unit.Adu, spreadAdu) / Quantity.Exact(_exposureS, Unit.Second) * gainEPerAdu).Per(Unit.Pixel);
        // Brightest first. Rates equal to 12 significant digits are one rate (they differ only in how their sums were
        // rounded, e.g. two pixels whose codes sum alike over bias levels that differ alike): those go in row-major
        // order, so the list does not hang on the last bit of a sum.
        List<HotPixel> listed = [.. pixels.OrderByDescending(p => RoundedRate(p.RateEPerS)).ThenBy(p => p.Y).ThenBy(p => p.X).Take(MaxListed)];
        return new HotPixelResult(
            pixels.Count, persistent, threshold,
            frames, listed, mask)
        {
            DarkHistogram = DarkHistogram(frames, electronsPerAduPerSecond),
        };
    }

    /// <summary>Bins for the histogram of every pixel's dark rate: fine enough that the ordinary pixels' peak has a
    /// shape when the hot tail is a few times wider than it.</summary>
    public const int DarkHistogramBins = 256;

    private Histogram? DarkHistogram(int frames, double electronsPerAduPerSecond)
    {
        int pixels = _biasMap.Length;
        double[] rates = ArrayPool<double>.Shared.Rent(pixels);
        try
        {
            for (int i = 0; i < pixels; i++)
            {
                rates[i] = MeanDark(i, frames) * electronsPerAduPerSecond;
            }

            return ValueHistogram.Of(rates.AsSpan(0, pixels), DarkHistogramBins);
        }
        finally
        {
            ArrayPool<double>.Shared.Return(rates);
        }
    }

    private static double RoundedRate(double rate) =>
        rate == 0 || !double.IsFinite(rate) ? rate : double.Parse(rate.ToString("G12", System.Globalization.CultureInfo.InvariantCulture), System.Globalization.CultureInfo.InvariantCulture);
}
