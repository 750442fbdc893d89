using System.Runtime.InteropServices;

namespace CamTest.IO;

/// <summary>Widening of raw pixel bytes (host order) to double, for callers that do not need the native type.</summary>
public static class PixelConversion
{
    public static double[] ToDouble(ReadOnlySpan<byte> raw, PixelType type)
    {
        double[] result = new double[raw.Length / type.BytesPerPixel()];
        ToDouble(raw, type, result);
        return result;
    }

    /// <summary>Widens into a caller's buffer (at least one double per pixel), so a stack read frame after frame
    /// reuses one buffer instead of allocating a frame of doubles each time.</summary>
    public static void ToDouble(ReadOnlySpan<byte> raw, PixelType type, Span<double> result)
    {
        switch (type)
        {
            case PixelType.UInt8: Widen(raw, result); break;
            case PixelType.UInt16: Widen(MemoryMarshal.Cast<byte, ushort>(raw), result); break;
            case PixelType.Int16: Widen(MemoryMarshal.Cast<byte, short>(raw), result); break;
            case PixelType.UInt32: Widen(MemoryMarshal.Cast<byte, uint>(raw), result); break;
            case PixelType.Int32: Widen(MemoryMarshal.Cast<byte, int>(raw), result); break;
            case PixelType.Float32: Widen(MemoryMarshal.Cast<byte, float>(raw), result); break;
            case PixelType.Float64: MemoryMarshal.Cast<byte, double>(raw).CopyTo(result); break;
            default: throw new ArgumentOutOfRangeException(nameof(type), type, null);
        }
    }

    private static void Widen<T>(ReadOnlySpan<T> values, Span<double> result)
        where T : unmanaged, System.Numerics.INumberBase<T>
    {
        for (int i = 0; i < values.Length; i++)
        {
            result[i] = double.CreateTruncating(values[i]);
        }
    }
}
