using System.Numerics;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;
using System.Runtime.Intrinsics.X86;
using CamTest.IO;

namespace CamTest.Core.Statistics;

/// <summary>
/// Sum of (A - B)^4 over two frames, in double (an input to an error estimate, so 1e-16 relative precision is ample;
/// an exact integer sum of fourth powers of 16-bit differences would overflow 64 bits).
/// </summary>
public static class PairFourthPower
{
    public static double Sum(ReadOnlySpan<byte> a, ReadOnlySpan<byte> b, PixelType type) => type switch
    {
        PixelType.UInt8 => Sum<byte>(a, b),
        PixelType.UInt16 => SumUInt16(MemoryMarshal.Cast<byte, ushort>(a), MemoryMarshal.Cast<byte, ushort>(b)),
        PixelType.Int16 => Sum(MemoryMarshal.Cast<byte, short>(a), MemoryMarshal.Cast<byte, short>(b)),
        PixelType.UInt32 => Sum(MemoryMarshal.Cast<byte, uint>(a), MemoryMarshal.Cast<byte, uint>(b)),
        PixelType.Int32 => Sum(MemoryMarshal.Cast<byte, int>(a), MemoryMarshal.Cast<byte, int>(b)),
        PixelType.Float32 => Sum(MemoryMarshal.Cast<byte, float>(a), MemoryMarshal.Cast<byte, float>(b)),
        PixelType.Float64 => Sum(MemoryMarshal.Cast<byte, double>(a), MemoryMarshal.Cast<byte, double>(b)),
        _ => throw new ArgumentOutOfRangeException(nameof(type), type, null),
    };

    /// <summary>Below this every integer is a double: integer terms whose total stays below it add exactly.</summary>
    private const double ExactIntegers = 9007199254740992; // 2^53

    /// <summary>
    /// 16-bit codes, the common camera data, 16 at a time into 16 double lanes (four accumulators, so the adds do not
    /// wait on one another as they do in the scalar loop's one chain). The order of the additions does not matter
    /// here: every (A - B)^4 is an integer, and while the total stays below 2^53 every partial sum, in any order, is an
    /// integer a double holds, so every addition is exact and the result is the scalar loop's to the last bit. A total
    /// at or above 2^53 (bright flats in large bands) may have rounded: the scalar loop's order is then kept.
    /// </summary>
    internal static double SumUInt16(ReadOnlySpan<ushort> a, ReadOnlySpan<ushort> b)
    {
        if (!Avx.IsSupported || a.Length < 16)
        {
            return Sum(a, b);
        }

        ref ushort ra = ref MemoryMarshal.GetReference(a);
        ref ushort rb = ref MemoryMarshal.GetReference(b);
        Vector256<double> s0 = default, s1 = default, s2 = default, s3 = default;
        int i = 0;
        for (; i <= a.Length - 16; i += 16)
        {
            (Vector256<uint> aLo, Vector256<uint> aHi) = Vector256.Widen(Vector256.LoadUnsafe(ref ra, (nuint)i));
            (Vector256<uint> bLo, Vector256<uint> bHi) = Vector256.Widen(Vector256.LoadUnsafe(ref rb, (nuint)i));
            Vector256<int> dLo = aLo.AsInt32() - bLo.AsInt32(), dHi = aHi.AsInt32() - bHi.AsInt32();
            s0 += FourthPower(dLo.GetLower());
            s1 += FourthPower(dLo.GetUpper());
            s2 += FourthPower(dHi.GetLower());
            s3 += FourthPower(dHi.GetUpper());
        }

        double total = Vector256.Sum((s0 + s1) + (s2 + s3)) + Sum(a[i..], b[i..]);
        // Terms are never negative, so no partial sum exceeds the total, and rounding never takes a sum back below 2^53.
        return total < ExactIntegers ? total : Sum(a, b);
    }

    /// <summary>d^4 as the scalar loop forms it: d exact in double, d^2 exact (below 2^32), d^4 rounded only above 2^53.</summary>
    private static Vector256<double> FourthPower(Vector128<int> d)
    {
        Vector256<double> x = Avx.ConvertToVector256Double(d);
        Vector256<double> x2 = x * x;
        return x2 * x2;
    }

    private static double Sum<T>(ReadOnlySpan<T> a, ReadOnlySpan<T> b)
        where T : unmanaged, INumberBase<T>
    {
        double sum = 0;
        for (int i = 0; i < a.Length; i++)
        {
            double d = double.CreateTruncating(a[i]) - double.CreateTruncating(b[i]);
            double d2 = d * d;
            sum += d2 * d2;
        }

        return sum;
    }
}
