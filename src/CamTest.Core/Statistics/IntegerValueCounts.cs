using System.Numerics;
using System.Runtime.InteropServices;
using CamTest.IO;

namespace CamTest.Core.Statistics;

/// <summary>
/// Exact counts of integer values over a fixed range, one bin per value: the values of a frame of 8- or 16-bit codes,
/// or of the difference of two such frames, with masked pixels left out. Clipped statistics of a frame
/// (<see cref="Analysis.ClippedStatistics"/>) then iterate over at most 131,071 bins instead of millions of doubles,
/// and no frame of doubles is ever built; the counts are exact, so the clipped mean is the same number the doubles
/// give (their sum of integers is exact in double too).
/// </summary>
public sealed class IntegerValueCounts
{
    private readonly long[] _counts;

    private IntegerValueCounts(long lowest, int bins)
    {
        Lowest = lowest;
        _counts = new long[bins];
    }

    /// <summary>The value counted in bin 0.</summary>
    public long Lowest { get; }

    /// <summary>Count of value <c>Lowest + k</c> in bin k.</summary>
    public ReadOnlySpan<long> Counts => _counts;

    /// <summary>True for the pixel types whose codes (and differences of codes) get one bin each: 8- and 16-bit integers.</summary>
    public static bool Supports(PixelType type) => type is PixelType.UInt8 or PixelType.UInt16 or PixelType.Int16;

    /// <summary>Counts for the codes of <paramref name="type"/> (256 or 65,536 bins).</summary>
    public static IntegerValueCounts ForCodes(PixelType type) => type switch
    {
        PixelType.UInt8 => new(0, 256),
        PixelType.UInt16 => new(0, 65536),
        PixelType.Int16 => new(short.MinValue, 65536),
        _ => throw new ArgumentException($"{type} has too many codes for one bin each", nameof(type)),
    };

    /// <summary>Counts for differences of two codes of <paramref name="type"/> (511 or 131,071 bins).</summary>
    public static IntegerValueCounts ForDifferences(PixelType type) => type switch
    {
        PixelType.UInt8 => new(-255, 511),
        PixelType.UInt16 or PixelType.Int16 => new(-65535, 131071),
        _ => throw new ArgumentException($"{type} has too many differences for one bin each", nameof(type)),
    };

    public void Clear() => Array.Clear(_counts);

    /// <summary>Counts every pixel of a frame (raw bytes, host order) whose <paramref name="mask"/> entry is not set.</summary>
    public void AddCodes(ReadOnlySpan<byte> pixels, PixelType type, bool[]? mask)
    {
        switch (type)
        {
            case PixelType.UInt8: AddCodes(pixels, mask); break;
            case PixelType.UInt16: AddCodes(MemoryMarshal.Cast<byte, ushort>(pixels), mask); break;
            case PixelType.Int16: AddCodes(MemoryMarshal.Cast<byte, short>(pixels), mask); break;
            default: throw new ArgumentException($"{type} has too many codes for one bin each", nameof(type));
        }
    }

    /// <summary>Counts a - b for every pixel of two frames whose <paramref name="mask"/> entry is not set.</summary>
    public void AddDifferences(ReadOnlySpan<byte> a, ReadOnlySpan<byte> b, PixelType type, bool[]? mask)
    {
        switch (type)
        {
            case PixelType.UInt8: AddDifferences(a, b, mask); break;
            case PixelType.UInt16: AddDifferences(MemoryMarshal.Cast<byte, ushort>(a), MemoryMarshal.Cast<byte, ushort>(b), mask); break;
            case PixelType.Int16: AddDifferences(MemoryMarshal.Cast<byte, short>(a), MemoryMarshal.Cast<byte, short>(b), mask); break;
            default: throw new ArgumentException($"{type} has too many differences for one bin each", nameof(type));
        }
    }

    private void AddCodes<T>(ReadOnlySpan<T> codes, bool[]? mask)
        where T : unmanaged, IBinaryInteger<T>
    {
        long offset = Lowest;
        Span<long> counts = _counts;
        if (mask is null)
        {
            foreach (T code in codes)
            {
                counts[(int)(long.CreateTruncating(code) - offset)]++;
            }

            return;
        }

        for (int i = 0; i < codes.Length; i++)
        {
            if (!mask[i])
            {
                counts[(int)(long.CreateTruncating(codes[i]) - offset)]++;
            }
        }
    }

    private void AddDifferences<T>(ReadOnlySpan<T> a, ReadOnlySpan<T> b, bool[]? mask)
        where T : unmanaged, IBinaryInteger<T>
    {
        if (a.Length != b.Length)
        {
            throw new ArgumentException($"frames differ in size ({a.Length} and {b.Length} pixels)", nameof(b));
        }

        long offset = Lowest;
        Span<long> counts = _counts;
        for (int i = 0; i < a.Length; i++)
        {
            if (mask is null || !mask[i])
            {
                counts[(int)(long.CreateTruncating(a[i]) - long.CreateTruncating(b[i]) - offset)]++;
            }
        }
    }
}
