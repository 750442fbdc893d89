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

    /// <summary>
    /// Copies the sums of <paramref name="tile"/>, which covers pixels <paramref name="firstPixel"/> onwards of the
    /// frame this accumulator covers, into place (<see cref="StackPass"/> fills a whole frame tile by tile). Every
    /// tile placed must hold the same frames; the frame count becomes theirs.
    /// </summary>
    public void Place(int firstPixel, PixelAccumulator tile)
    {
        if (tile.PixelType != PixelType || firstPixel < 0 || firstPixel + tile.PixelCount > PixelCount)
        {
            throw new ArgumentException("the tile does not fit this accumulator", nameof(tile));
        }

        if (IsExact)
        {
            tile._sum.AsSpan().CopyTo(_sum.AsSpan(firstPixel));
            tile._sumOfSquares.AsSpan().CopyTo(_sumOfSquares.AsSpan(firstPixel));
        }
        else
        {
            tile._mean.AsSpan().CopyTo(_mean.AsSpan(firstPixel));
            tile._m2.AsSpan().CopyTo(_m2.AsSpan(firstPixel));
        }

        FrameCount = tile.FrameCount;
    }

    /// <summary>Mean of pixel <paramref name="i"/> over the frames added, in ADU (NaN with no frames).</summary>
    public double Mean(int i) => FrameCount == 0 ? double.NaN : IsExact ? (double)_sum![i] / FrameCount : _mean![i];

    /// <summary>Sample variance (N - 1) of pixel <paramref name="i"/> over the frames added, in ADU^2 (NaN below 2 frames).</summary>
    public double Variance(int i) => FrameCount < 2
        ? double.NaN
        : (IsExact ? ExactVariance.SumOfSquaredDeviations(FrameCount, _sum![i], _sumOfSquares![i]) : _m2![i]) / (FrameCount - 1);

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
