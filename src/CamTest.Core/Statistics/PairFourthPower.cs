using System.Numerics;
using System.Runtime.InteropServices;
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
        PixelType.UInt16 => Sum(MemoryMarshal.Cast<byte, ushort>(a), MemoryMarshal.Cast<byte, ushort>(b)),
        PixelType.Int16 => Sum(MemoryMarshal.Cast<byte, short>(a), MemoryMarshal.Cast<byte, short>(b)),
        PixelType.UInt32 => Sum(MemoryMarshal.Cast<byte, uint>(a), MemoryMarshal.Cast<byte, uint>(b)),
        PixelType.Int32 => Sum(MemoryMarshal.Cast<byte, int>(a), MemoryMarshal.Cast<byte, int>(b)),
        PixelType.Float32 => Sum(MemoryMarshal.Cast<byte, float>(a), MemoryMarshal.Cast<byte, float>(b)),
        PixelType.Float64 => Sum(MemoryMarshal.Cast<byte, double>(a), MemoryMarshal.Cast<byte, double>(b)),
        _ => throw new ArgumentOutOfRangeException(nameof(type), type, null),
    };

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
