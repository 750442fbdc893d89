using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using CamTest.IO;

namespace CamTest.Core.Statistics;

/// <summary>
/// Per-pixel mean and variance across frames, fed one frame (or one tile of every frame) at a time: the sCMOS
/// offset, variance and gain maps. Mergeable, so tiles or frame ranges can be accumulated on different threads.
/// </summary>
/// <remarks>
/// uint8, uint16 and int16 data keep exact per-pixel sums (long) and sums of squares (ulong): a square is at most
/// 2^32, so ulong cannot overflow before 2^32 frames. uint32, int32 and float data keep a per-pixel Welford mean
/// and M2 in double (relative precision about 1e-15 per frame added).
/// </remarks>
public sealed class PixelAccumulator
{
    private readonly long[]? _sum;
    private readonly ulong[]? _sumOfSquares;
    private readonly double[]? _mean;
    private readonly double[]? _m2;

    public PixelAccumulator(int pixelCount, PixelType pixelType)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(pixelCount);
        PixelCount = pixelCount;
        PixelType = pixelType;
        if (IsExact)
        {
            _sum = new long[pixelCount];
            _sumOfSquares = new ulong[pixelCount];
        }
        else
        {
            _mean = new double[pixelCount];
            _m2 = new double[pixelCount];
        }
    }

    public int PixelCount { get; }

    public PixelType PixelType { get; }

    public long FrameCount { get; private set; }

    /// <summary>True when sums are exact integers (uint8, uint16, int16 data).</summary>
    public bool IsExact => PixelType is PixelType.UInt8 or PixelType.UInt16 or PixelType.Int16;

    /// <summary>Adds one frame (or the same tile of one frame): exactly <see cref="PixelCount"/> pixels.</summary>
    public void Add(ReadOnlySpan<byte> pixels)
    {
        if (pixels.Length != (long)PixelCount * PixelType.BytesPerPixel())
        {
            throw new ArgumentException($"expected {PixelCount} {PixelType} pixels, got {pixels.Length} bytes", nameof(pixels));
        }

        switch (PixelType)
        {
            case PixelType.UInt8: PixelSumKernels.AddExact(pixels, _sum, _sumOfSquares); break;
            case PixelType.UInt16: PixelSumKernels.AddUInt16(MemoryMarshal.Cast<byte, ushort>(pixels), _sum, _sumOfSquares); break;
            case PixelType.Int16: PixelSumKernels.AddExact(MemoryMarshal.Cast<byte, short>(pixels), _sum, _sumOfSquares); break;
            case PixelType.UInt32: PixelSumKernels.AddWelford(MemoryMarshal.Cast<byte, uint>(pixels), FrameCount, _mean, _m2); break;
            case PixelType.Int32: PixelSumKernels.AddWelford(MemoryMarshal.Cast<byte, int>(pixels), FrameCount, _mean, _m2); break;
            case PixelType.Float32: PixelSumKernels.AddWelford(MemoryMarshal.Cast<byte, float>(pixels), FrameCount, _mean, _m2); break;
            default: PixelSumKernels.AddWelford(MemoryMarshal.Cast<byte, double>(pixels), FrameCount, _mean, _m2); break;
        }

        FrameCount++;
    }

    /// <summary>
    /// Adds the same tile of one frame straight into place: pixels <paramref name="firstPixel"/> onwards, which already
    /// hold <paramref name="framesInTile"/> frames. <see cref="StackPass"/> goes tile-major, so a tile's slice of the
    /// sums stays in cache while every frame passes through it, with no separate tile to copy into place. Once every
    /// tile holds every frame, <see cref="CompleteTiles"/> sets the frame count.
    /// </summary>
    public void AddTile(int firstPixel, ReadOnlySpan<byte> pixels, long framesInTile)
    {
        int count = pixels.Length / PixelType.BytesPerPixel();
        if (pixels.Length != (long)count * PixelType.BytesPerPixel() || firstPixel < 0 || firstPixel + count > PixelCount)
        {
            throw new ArgumentException($"a tile of {pixels.Length} bytes at pixel {firstPixel} does not fit {PixelCount} {PixelType} pixels", nameof(pixels));
        }

        switch (PixelType)
        {
            case PixelType.UInt8: PixelSumKernels.AddExact(pixels, _sum.AsSpan(firstPixel, count), _sumOfSquares.AsSpan(firstPixel, count)); break;
            case PixelType.UInt16: PixelSumKernels.AddUInt16(MemoryMarshal.Cast<byte, ushort>(pixels), _sum.AsSpan(firstPixel, count), _sumOfSquares.AsSpan(firstPixel, count)); break;
            case PixelType.Int16: PixelSumKernels.AddExact(MemoryMarshal.Cast<byte, short>(pixels), _sum.AsSpan(firstPixel, count), _sumOfSquares.AsSpan(firstPixel, count)); break;
            case PixelType.UInt32: PixelSumKernels.AddWelford(MemoryMarshal.Cast<byte, uint>(pixels), framesInTile, _mean.AsSpan(firstPixel, count), _m2.AsSpan(firstPixel, count)); break;
            case PixelType.Int32: PixelSumKernels.AddWelford(MemoryMarshal.Cast<byte, int>(pixels), framesInTile, _mean.AsSpan(firstPixel, count), _m2.AsSpan(firstPixel, count)); break;
            case PixelType.Float32: PixelSumKernels.AddWelford(MemoryMarshal.Cast<byte, float>(pixels), framesInTile, _mean.AsSpan(firstPixel, count), _m2.AsSpan(firstPixel, count)); break;
            default: PixelSumKernels.AddWelford(MemoryMarshal.Cast<byte, double>(pixels), framesInTile, _mean.AsSpan(firstPixel, count), _m2.AsSpan(firstPixel, count)); break;
        }
    }

    /// <summary>
    /// Adds the same tile of <paramref name="frames"/> consecutive frames, stored one after another in
    /// <paramref name="tiles"/>, the first of them frame <paramref name="framesInTile"/> of the tile (as
    /// <see cref="AddTile"/> frame by frame, with the same result). uint16 data, the cameras' usual type, go through
    /// every frame of a few pixels in registers before the sums are touched (<see cref="PixelSumKernels.AddUInt16Frames"/>).
    /// </summary>
    public void AddTiles(int firstPixel, ReadOnlySpan<byte> tiles, int frames, long framesInTile)
    {
        if (frames <= 0)
        {
            return;
        }

        int tileBytes = tiles.Length / frames;
        int count = tileBytes / PixelType.BytesPerPixel();
        if (tiles.Length != (long)frames * tileBytes || tileBytes != count * PixelType.BytesPerPixel() || firstPixel < 0 || firstPixel + count > PixelCount)
        {
            throw new ArgumentException($"{frames} tiles in {tiles.Length} bytes at pixel {firstPixel} do not fit {PixelCount} {PixelType} pixels", nameof(tiles));
        }

        if (PixelType == PixelType.UInt16 && frames <= PixelSumKernels.MaxFramesAtOnce)
        {
            PixelSumKernels.AddUInt16Frames(MemoryMarshal.Cast<byte, ushort>(tiles), frames, _sum.AsSpan(firstPixel, count), _sumOfSquares.AsSpan(firstPixel, count));
            return;
        }

        for (int f = 0; f < frames; f++)
        {
            AddTile(firstPixel, tiles.Slice(f * tileBytes, tileBytes), framesInTile + f);
        }
    }

    /// <summary>Forgets every frame added: the accumulator is as new, for the next tile.</summary>
    public void Clear()
    {
        Array.Clear(_sum ?? []);
        Array.Clear(_sumOfSquares ?? []);
        Array.Clear(_mean ?? []);
        Array.Clear(_m2 ?? []);
        FrameCount = 0;
    }

    /// <summary>Declares that every pixel holds <paramref name="frames"/> frames, added tile by tile with <see cref="AddTile"/>.</summary>
    public void CompleteTiles(long frames) => FrameCount = frames;

    /// <summary>Merges another accumulator over the same pixels (and type) but different frames into this one.</summary>
    public void Combine(PixelAccumulator other)
    {
        if (other.PixelCount != PixelCount || other.PixelType != PixelType)
        {
            throw new ArgumentException("accumulators cover different pixels or pixel types", nameof(other));
        }

        if (IsExact)
        {
            for (int i = 0; i < PixelCount; i++)
            {
                _sum![i] += other._sum![i];
                _sumOfSquares![i] += other._sumOfSquares![i];
            }
        }
        else
        {
            for (int i = 0; i < PixelCount; i++)
            {
                (_mean![i], _m2![i]) = PixelSumKernels.Chan(FrameCount, _mean[i], _m2[i], other.FrameCount, other._mean![i], other._m2![i]);
            }
        }

        FrameCount += other.FrameCount;
    }

    /// <summary>Mean of pixel <paramref name="i"/> over the frames added, in ADU (NaN with no frames).</summary>
    public double Mean(int i) => FrameCount == 0 ? double.NaN : IsExact ? (double)_sum![i] / FrameCount : _mean![i];

    /// <summary>Sample variance (N - 1) of pixel <paramref name="i"/> over the frames added, in ADU^2 (NaN below 2 frames).</summary>
    public double Variance(int i) => FrameCount < 2
        ? double.NaN
        : (IsExact ? ExactVariance.SumOfSquaredDeviations(FrameCount, _sum![i], _sumOfSquares![i]) : _m2![i]) / (FrameCount - 1);

    /// <summary>
    /// <see cref="Mean"/> and <see cref="Variance"/> of the first <c>mean.Length</c> pixels into
    /// <paramref name="mean"/> and <paramref name="variance"/>, to the last bit the same, in one loop compiled optimised
    /// at once: it runs once per pixel of every tile, and a call per pixel through the tiers cost more than the values.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public void MomentsInto(Span<double> mean, Span<double> variance)
    {
        if (mean.Length != variance.Length || mean.Length > PixelCount)
        {
            throw new ArgumentException($"{mean.Length} means and {variance.Length} variances for {PixelCount} pixels", nameof(variance));
        }

        long n = FrameCount;
        if (IsExact)
        {
            ReadOnlySpan<long> sum = _sum.AsSpan(0, mean.Length);
            ReadOnlySpan<ulong> squares = _sumOfSquares.AsSpan(0, mean.Length);
            for (int i = 0; i < mean.Length; i++)
            {
                mean[i] = n == 0 ? double.NaN : (double)sum[i] / n;
                variance[i] = n < 2 ? double.NaN : ExactVariance.SumOfSquaredDeviationsOfMany(n, sum[i], squares[i]) / (n - 1);
            }
        }
        else
        {
            ReadOnlySpan<double> means = _mean.AsSpan(0, mean.Length);
            ReadOnlySpan<double> m2 = _m2.AsSpan(0, mean.Length);
            for (int i = 0; i < mean.Length; i++)
            {
                mean[i] = n == 0 ? double.NaN : means[i];
                variance[i] = n < 2 ? double.NaN : m2[i] / (n - 1);
            }
        }
    }

    /// <summary>Per-pixel mean over the frames added, in ADU.</summary>
    public double[] MeanMap()
    {
        var map = new double[PixelCount];
        for (int i = 0; i < map.Length; i++)
        {
            map[i] = FrameCount == 0 ? double.NaN : IsExact ? (double)_sum![i] / FrameCount : _mean![i];
        }

        return map;
    }

    /// <summary>Per-pixel variance over the frames added, in ADU^2 (divided by N - 1 when <paramref name="sample"/>).</summary>
    public double[] VarianceMap(bool sample = true)
    {
        long divisor = sample ? FrameCount - 1 : FrameCount;
        var map = new double[PixelCount];
        for (int i = 0; i < map.Length; i++)
        {
            double m2 = IsExact
                ? ExactVariance.SumOfSquaredDeviations(FrameCount, _sum![i], _sumOfSquares![i])
                : _m2![i];
            map[i] = divisor <= 0 ? double.NaN : m2 / divisor;
        }

        return map;
    }
}
