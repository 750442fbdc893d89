using System.Numerics;
using System.Runtime.InteropServices;
using CamTest.IO;

namespace CamTest.Core.Statistics;

/// <summary>
/// Pair-difference statistics of two frames of the same type and size (see <see cref="PairDifference"/>).
/// uint16 (the common camera type) has a SIMD kernel; other integer types an exact scalar loop; float types
/// difference in double and use the corrected two-pass float kernel block by block.
/// </summary>
public static class PairDifferenceKernels
{
    private const int FloatBlock = 4096;

    /// <summary>Pair difference of raw pixel bytes (host byte order) of the given type.</summary>
    public static PairDifference Compute(ReadOnlySpan<byte> a, ReadOnlySpan<byte> b, PixelType type)
    {
        if (a.Length != b.Length)
        {
            throw new ArgumentException($"frames differ in size ({a.Length} and {b.Length} bytes)", nameof(b));
        }

        return type switch
        {
            PixelType.UInt8 => Exact(a, b),
            PixelType.UInt16 => UInt16PairDifferenceKernel.Compute(Cast<ushort>(a), Cast<ushort>(b)),
            PixelType.Int16 => Exact(Cast<short>(a), Cast<short>(b)),
            PixelType.UInt32 => Exact(Cast<uint>(a), Cast<uint>(b)),
            PixelType.Int32 => Exact(Cast<int>(a), Cast<int>(b)),
            PixelType.Float32 => Float(Cast<float>(a), Cast<float>(b)),
            PixelType.Float64 => Float(Cast<double>(a), Cast<double>(b)),
            _ => throw new ArgumentOutOfRangeException(nameof(type), type, null),
        };
    }

    public static PairDifference Compute(ReadOnlySpan<ushort> a, ReadOnlySpan<ushort> b) =>
        a.Length == b.Length
            ? UInt16PairDifferenceKernel.Compute(a, b)
            : throw new ArgumentException($"frames differ in size ({a.Length} and {b.Length} pixels)", nameof(b));

    private static ReadOnlySpan<T> Cast<T>(ReadOnlySpan<byte> bytes)
        where T : struct => MemoryMarshal.Cast<byte, T>(bytes);

    /// <summary>Exact scalar path: every |A - B| &lt; 2^32, so <see cref="ExactTotals"/> holds it without overflow.</summary>
    private static PairDifference Exact<T>(ReadOnlySpan<T> a, ReadOnlySpan<T> b)
        where T : unmanaged, IBinaryInteger<T>
    {
        var difference = new ExactTotals();
        Int128 sumA = 0, sumB = 0;
        for (int i = 0; i < a.Length; i++)
        {
            long x = long.CreateTruncating(a[i]), y = long.CreateTruncating(b[i]);
            sumA += x;
            sumB += y;
            difference.Add(x - y);
        }

        return FromSums(difference.ToMoments(a.Length), sumA, sumB);
    }

    internal static PairDifference FromSums(IntegerMoments difference, Int128 sumA, Int128 sumB) =>
        difference.Count == 0
            ? new PairDifference(difference, double.NaN, double.NaN)
            : new PairDifference(difference, (double)sumA / difference.Count, (double)sumB / difference.Count);

    private static PairDifference Float<T>(ReadOnlySpan<T> a, ReadOnlySpan<T> b)
        where T : unmanaged, IFloatingPointIeee754<T>
    {
        Span<double> d = stackalloc double[FloatBlock];
        FloatMoments total = FloatMoments.Empty;
        double sumA = 0, sumB = 0;
        for (int start = 0; start < a.Length; start += FloatBlock)
        {
            int n = Math.Min(FloatBlock, a.Length - start);
            double blockA = 0, blockB = 0;
            for (int i = 0; i < n; i++)
            {
                double x = double.CreateTruncating(a[start + i]), y = double.CreateTruncating(b[start + i]);
                blockA += x;
                blockB += y;
                d[i] = x - y;
            }

            sumA += blockA;
            sumB += blockB;
            total = total.Combine(FloatMomentsKernel.Compute(d[..n]));
        }

        return new PairDifference(total, sumA / a.Length, sumB / a.Length);
    }
}
