using System.Buffers;
using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
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
/// some frames, and a cosmic ray in one. Frames stream from the file band by band (<see cref="AddFrames"/>); only
/// per-pixel sums (exact integer sums of the codes for integer data) and the few pixels that stood out are kept.
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

    /// <summary>Pixels of each frame in a band: the band's frames (2.6 MB of 10 uint16 frames), their values less the
    /// bias and the bias itself stay in the last-level cache while every frame of it is read, clipped or judged, and
    /// a read of the stack is 64 bands of a 2048 x 2048 frame: each band is handed between threads three times, which
    /// on a busy 2-core machine can wait a scheduler tick (16K-pixel bands ran slower there, at less CPU).</summary>
    private const int BandPixels = 64 << 10;

    private readonly int _width;
    private readonly double[] _biasMap;
    private readonly double _exposureS;
    // Per-pixel sums of the values added: exact uint for 8- and 16-bit codes (up to 65,537 frames), exact long for
    // other integer codes, double for float data; one of the three.
    private uint[]? _smallCodeSum;
    private long[]? _codeSum;
    private double[]? _valueSum;
    private long _summedFrames;
    // The pixels that stood out in any frame with how many frames they did, in pixel order: a few per million pixels,
    // so a list rather than a frame-sized array of counts.
    private List<PixelHits> _hits = [];
    private readonly ExcessVariance? _excessVariance;
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
        _excessVariance = biasVarianceMap is not null && biasFrames >= MinBiasFramesForNoiseMap ? new ExcessVariance(biasVarianceMap, biasFrames) : null;
    }

    /// <summary>True when each pixel is judged against its own read noise (a bias stack of enough frames was given).</summary>
    public bool UsesPixelNoise => _excessVariance is not null;

    public int Frames => _thresholdsAdu.Count;

    /// <summary>Each frame's threshold (clipped centre + 5 sigma), ADU, in the order the frames were added.</summary>
    internal IReadOnlyList<double> ThresholdsAdu => _thresholdsAdu;

    /// <summary>
    /// Adds every frame of a long-dark stack, streamed band by band from <paramref name="source"/> (through
    /// <see cref="FramePipeline"/>, the next band read while this one is worked on), never held whole. Every frame's
    /// clipping (<see cref="ClippedStatistics"/>: its threshold) takes a few reads of its values, each step's
    /// depending on the last's, so the stack is read once per step, all frames of a band at once (the bias read once
    /// for all of them), each frame's values less the bias computed again in cache rather than kept: a frame of
    /// doubles is four times its codes, and fresh frame-sized memory is dear. A last read judges every frame (its
    /// pixels above its threshold and above their own noise) and adds the codes to the per-pixel sums.
    /// </summary>
    public void AddFrames(IFrameSource source)
    {
        StackInfo info = source.Info;
        if (info.PixelsPerFrame != _biasMap.Length)
        {
            throw new ArgumentException($"expected {_biasMap.Length} pixels, got {info.PixelsPerFrame}", nameof(source));
        }

        int frames = info.FrameCount;
        if (frames == 0)
        {
            return;
        }

        StartSums(info.PixelType, frames);
        var clips = new StreamedClip[frames];
        for (int f = 0; f < frames; f++)
        {
            clips[f] = new StreamedClip();
        }

        var lanes = new ClipLanes[frames];
        while (Array.FindIndex(clips, c => !c.Done) is int first and >= 0)
        {
            int last = Array.FindLastIndex(clips, c => !c.Done);
            for (int f = first; f <= last; f++)
            {
                lanes[f] = clips[f].Done ? default : clips[f].Next();
            }

            // Each frame's lanes are fed by one thread in pixel order: the two cores take different frames.
            Read(source, first, last, byFrames: true, (_, frame, _, _, dark) =>
            {
                if (!clips[frame].Done)
                {
                    lanes[frame].Add(dark);
                }
            });
            for (int f = first; f <= last; f++)
            {
                if (!clips[f].Done)
                {
                    clips[f].Take(lanes[f].Sums());
                }
            }
        }

        FrameLimits[] limits = [.. clips.Select(c => new FrameLimits(c.Result.Mean, c.Result.Std))];
        // The two cores take different pixels of every frame (each pixel's sum in frame order), each its own hits.
        List<int>[] bandHits = [[], []];
        List<int>[] above = [[], []];
        var newHits = new List<PixelHits>();
        Read(source, 0, frames - 1, byFrames: false, (part, frame, firstPixel, codes, dark) =>
        {
            AddToSums(codes, info.PixelType, firstPixel, dark.Length);
            List<int> candidates = above[part];
            candidates.Clear();
            LongDarkKernels.Above(dark, limits[frame].Threshold, candidates);
            foreach (int j in candidates)
            {
                // The frame's threshold is every pixel's lowest; only a pixel above it needs its own.
                if (_excessVariance is not { } excess || dark[j] > limits[frame].Centre + (Sigmas * Math.Sqrt(limits[frame].Variance + excess[firstPixel + j])))
                {
                    bandHits[part].Add(firstPixel + j);
                }
            }
        }, bandDone: () =>
        {
            // Every frame of the band judged: its pixels' counts are complete (the first part's pixels before the second's).
            foreach (List<int> hits in bandHits)
            {
                hits.Sort();
                for (int k = 0; k < hits.Count;)
                {
                    int run = k;
                    while (run < hits.Count && hits[run] == hits[k])
                    {
                        run++;
                    }

                    newHits.Add(new PixelHits(hits[k], run - k));
                    k = run;
                }

                hits.Clear();
            }
        });

        _hits = PixelHits.Merge(_hits, newHits);
        _summedFrames += frames;
        _thresholdsAdu.AddRange(limits.Select(l => l.Threshold));
    }

    /// <summary>A frame's clipped centre and spread, and its threshold (centre + 5 sigma).</summary>
    private readonly record struct FrameLimits(double Centre, double Sigma)
    {
        public double Threshold { get; } = Centre + (Sigmas * Sigma);

        public double Variance => Sigma * Sigma;
    }

    /// <summary>A pixel and the frames it stood out in.</summary>
    private readonly record struct PixelHits(int Pixel, int Frames)
    {
        /// <summary>Two lists in pixel order as one, a pixel in both with the frames of both.</summary>
        public static List<PixelHits> Merge(List<PixelHits> a, List<PixelHits> b)
        {
            if (a.Count == 0 || b.Count == 0)
            {
                return a.Count == 0 ? b : a;
            }

            var merged = new List<PixelHits>(a.Count + b.Count);
            int i = 0, j = 0;
            while (i < a.Count || j < b.Count)
            {
                if (j == b.Count || (i < a.Count && a[i].Pixel < b[j].Pixel))
                {
                    merged.Add(a[i++]);
                }
                else if (i == a.Count || b[j].Pixel < a[i].Pixel)
                {
                    merged.Add(b[j++]);
                }
                else
                {
                    merged.Add(new PixelHits(a[i].Pixel, a[i++].Frames + b[j++].Frames));
                }
            }

            return merged;
        }
    }

    /// <summary>Receives one frame's rows of a band, or a part of them: its codes, and its values less the bias
    /// (valid during the call), on part 0 or 1's thread.</summary>
    private delegate void BandVisitor(int part, int frame, int firstPixel, ReadOnlySpan<byte> codes, ReadOnlySpan<double> dark);

    /// <summary>
    /// One read of frames <paramref name="first"/>..<paramref name="last"/>, band by band (the same rows of every
    /// frame, then the next rows), each frame's rows less the bias into a reused buffer per core. Bands are a multiple
    /// of four pixels long (rows in fours), so a frame's clipping lanes run on across them. The band is worked on by two
    /// threads: <paramref name="byFrames"/>, each takes half of the frames, whole; otherwise each takes half of the
    /// pixels of every frame. <paramref name="bandDone"/> runs after each band, both halves done.
    /// </summary>
    private unsafe void Read(IFrameSource source, int first, int last, bool byFrames, BandVisitor visit, Action? bandDone = null)
    {
        StackInfo info = source.Info;
        int rows = Math.Min(info.Height, Math.Max(4, BandPixels / Math.Max(1, info.Width) / 4 * 4));
        int bands = (info.Height + rows - 1) / rows;
        int frames = last - first + 1;
        double[][] darks = [ArrayPool<double>.Shared.Rent(rows * info.Width), ArrayPool<double>.Shared.Rent(rows * info.Width)];
        try
        {
            FramePipeline.Run(
                source,
                bands,
                band => new FrameBand(first, (int)band * rows, Math.Min(rows, info.Height - ((int)band * rows)), frames),
                (band, pixels) =>
                {
                    int count = band.RowCount * info.Width, firstPixel = band.FirstRow * info.Width;
                    int frameBytes = pixels.Length / band.Frames, bytesPerPixel = info.BytesPerPixel;
                    void Part(int part, ReadOnlySpan<byte> pixels)
                    {
                        (int fromFrame, int toFrame) = byFrames ? (band.Frames * part / 2, band.Frames * (part + 1) / 2) : (0, band.Frames);
                        (int from, int to) = byFrames ? (0, count) : (count * part / 2, count * (part + 1) / 2);
                        Span<double> dark = darks[part].AsSpan(0, to - from);
                        for (int k = fromFrame; k < toFrame; k++)
                        {
                            ReadOnlySpan<byte> codes = pixels.Slice((k * frameBytes) + (from * bytesPerPixel), (to - from) * bytesPerPixel);
                            LongDarkKernels.Subtract(codes, info.PixelType, _biasMap.AsSpan(firstPixel + from, to - from), dark);
                            visit(part, band.Frame + k, firstPixel + from, codes, dark);
                        }
                    }

                    int length = pixels.Length;
                    fixed (byte* p = pixels)
                    {
                        nint address = (nint)p;
                        // The pool's half reads the pipeline's buffer, untouched until this visit returns, which it
                        // does not before that half is done.
                        Task beside = Task.Run(() => Part(1, new ReadOnlySpan<byte>((byte*)address, length)));
                        try
                        {
                            Part(0, pixels);
                        }
                        catch
                        {
                            try
                            {
                                beside.Wait(CancellationToken.None);
                            }
                            catch (AggregateException)
                            {
                            }

                            throw;
                        }

                        beside.GetAwaiter().GetResult();
                    }

                    bandDone?.Invoke();
                });
        }
        finally
        {
            ArrayPool<double>.Shared.Return(darks[0]);
            ArrayPool<double>.Shared.Return(darks[1]);
        }
    }

    /// <summary>The per-pixel sums for a stack of <paramref name="frames"/> more frames of <paramref name="type"/>.</summary>
    private void StartSums(PixelType type, int frames)
    {
        int pixels = _biasMap.Length;
        if (type is PixelType.Float32 or PixelType.Float64)
        {
            _valueSum ??= new double[pixels];
        }
        else if (type is PixelType.UInt8 or PixelType.UInt16 && _codeSum is null && _summedFrames + frames <= (long)(uint.MaxValue / ushort.MaxValue))
        {
            _smallCodeSum ??= new uint[pixels];
        }
        else
        {
            // Codes that may overflow uint: long sums from here on, carrying what the uint sums hold.
            _codeSum ??= _smallCodeSum is { } small ? [.. small.Select(s => (long)s)] : new long[pixels];
            _smallCodeSum = null;
        }

        if ((_valueSum is not null) == (_smallCodeSum is not null || _codeSum is not null))
        {
            throw new ArgumentException("long darks of integer codes and of float values cannot be mixed");
        }
    }

    /// <summary>One frame's rows of a band added to the per-pixel sums, in frame order (the float sums' rounding).</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private void AddToSums(ReadOnlySpan<byte> codes, PixelType type, int firstPixel, int count)
    {
        if (_smallCodeSum is { } small)
        {
            Span<uint> sums = small.AsSpan(firstPixel, count);
            if (type == PixelType.UInt16)
            {
                LongDarkKernels.AddCodes(MemoryMarshal.Cast<byte, ushort>(codes), sums);
            }
            else
            {
                for (int i = 0; i < count; i++)
                {
                    sums[i] += codes[i];
                }
            }

            return;
        }

        switch (type)
        {
            case PixelType.UInt8: AddExact(codes, _codeSum.AsSpan(firstPixel, count)); break;
            case PixelType.UInt16: AddExact(MemoryMarshal.Cast<byte, ushort>(codes), _codeSum.AsSpan(firstPixel, count)); break;
            case PixelType.Int16: AddExact(MemoryMarshal.Cast<byte, short>(codes), _codeSum.AsSpan(firstPixel, count)); break;
            case PixelType.UInt32: AddExact(MemoryMarshal.Cast<byte, uint>(codes), _codeSum.AsSpan(firstPixel, count)); break;
            case PixelType.Int32: AddExact(MemoryMarshal.Cast<byte, int>(codes), _codeSum.AsSpan(firstPixel, count)); break;
            case PixelType.Float32: AddValues(MemoryMarshal.Cast<byte, float>(codes), _valueSum.AsSpan(firstPixel, count)); break;
            default: AddValues(MemoryMarshal.Cast<byte, double>(codes), _valueSum.AsSpan(firstPixel, count)); break;
        }
    }

    private static void AddExact<T>(ReadOnlySpan<T> codes, Span<long> sums)
        where T : unmanaged, IBinaryInteger<T>
    {
        for (int i = 0; i < codes.Length; i++)
        {
            sums[i] += long.CreateTruncating(codes[i]);
        }
    }

    private static void AddValues<T>(ReadOnlySpan<T> values, Span<double> sums)
        where T : unmanaged, INumberBase<T>
    {
        for (int i = 0; i < values.Length; i++)
        {
            sums[i] += double.CreateTruncating(values[i]);
        }
    }

    /// <summary>Pixel <paramref name="i"/>'s mean dark signal over the frames added, ADU: its mean value less the bias.</summary>
    private double MeanDark(int i, int frames) =>
        ((_smallCodeSum is { } small ? small[i] : _codeSum is { } codes ? codes[i] : _valueSum![i]) / (double)frames) - _biasMap[i];

    /// <summary>
    /// Each pixel's read variance above the typical pixel's (the clipped mean of the map), never below zero, in the
    /// dark-minus-bias frame: the pixel's own read noise plus the error of its bias-map entry, (1 + 1/frames) times it.
    /// The typical part is already in the frame's spread. Float: a threshold needs no more precision. Worked out for
    /// the few pixels above a frame's threshold only, not kept for every pixel.
    /// </summary>
    private sealed class ExcessVariance(double[] biasVarianceMap, long biasFrames)
    {
        private readonly double _typical = ClippedStatistics.MeanAndStd(biasVarianceMap).Mean;
        private readonly double _scale = 1 + (1.0 / biasFrames);

        public float this[int i] => (float)Math.Max(0, (biasVarianceMap[i] - _typical) * _scale);
    }

    /// <summary>Frames in which a pixel must stand out to count as hot.</summary>
    private int Needed => Math.Max(1, (int)Math.Ceiling(ConsistentFraction * Frames));

    /// <summary>Pixels hot in enough frames so far (row-major flags).</summary>
    public bool[] Mask()
    {
        int needed = Frames > 0 ? Needed : int.MaxValue;
        var mask = new bool[_biasMap.Length];
        foreach ((int pixel, int frames) in _hits)
        {
            mask[pixel] = frames >= needed;
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
        var mask = new bool[_biasMap.Length];
        var pixels = new List<HotPixel>();
        int persistent = 0;
        foreach ((int i, int hot) in _hits)
        {
            if (hot >= needed)
            {
                mask[i] = true;
                persistent += hot == frames ? 1 : 0;
                pixels.Add(new HotPixel(i % _width, i / _width, MeanDark(i, frames) * electronsPerAduPerSecond, hot));
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

    private Histogram? DarkHistogram(int frames, double electronsPerAduPerSecond) =>
        ValueHistogram.Of(_biasMap.Length, (first, rates) => DarkRates(first, rates, frames, electronsPerAduPerSecond), DarkHistogramBins);

    /// <summary>Pixels <paramref name="first"/> onwards' dark rates; compiled optimised at once, as it runs for every pixel.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private void DarkRates(int first, Span<double> rates, int frames, double electronsPerAduPerSecond)
    {
        for (int i = 0; i < rates.Length; i++)
        {
            rates[i] = MeanDark(first + i, frames) * electronsPerAduPerSecond;
        }
    }

    private static double RoundedRate(double rate) =>
        rate == 0 || !double.IsFinite(rate) ? rate : double.Parse(rate.ToString("G12", System.Globalization.CultureInfo.InvariantCulture), System.Globalization.CultureInfo.InvariantCulture);
}
