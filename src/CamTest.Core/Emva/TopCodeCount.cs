using System.Numerics;
using System.Runtime.InteropServices;
using CamTest.IO;

namespace CamTest.Core.Emva;

/// <summary>
/// How many pixels of a frame sit at or above the ADC's top code: the EMVA 1288 R4 saturation rule counts them.
/// uint8 and uint16 (every EMVA data set) are counted with SIMD compares; other types with a scalar loop.
/// </summary>
internal static class TopCodeCount
{
    public static long AtOrAbove(ReadOnlySpan<byte> pixels, PixelType type, double topCode) => type switch
    {
        PixelType.UInt8 => topCode > byte.MaxValue ? 0 : Count(pixels, (byte)Math.Max(Math.Ceiling(topCode), 0)),
        PixelType.UInt16 => topCode > ushort.MaxValue ? 0 : Count(Cast<ushort>(pixels), (ushort)Math.Max(Math.Ceiling(topCode), 0)),
        PixelType.Int16 => Scalar(Cast<short>(pixels), topCode),
        PixelType.UInt32 => Scalar(Cast<uint>(pixels), topCode),
        PixelType.Int32 => Scalar(Cast<int>(pixels), topCode),
        PixelType.Float32 => Scalar(Cast<float>(pixels), topCode),
        _ => Scalar(Cast<double>(pixels), topCode),
    };

    /// <summary>Unsigned values at or above <paramref name="threshold"/>: a vector compare gives all-ones lanes, counted per block.</summary>
    private static long Count<T>(ReadOnlySpan<T> values, T threshold)
        where T : unmanaged, IUnsignedNumber<T>, IComparisonOperators<T, T, bool>
    {
        long count = 0;
        int i = 0;
        if (Vector.IsHardwareAccelerated && values.Length >= Vector<T>.Count)
        {
            var limit = new Vector<T>(threshold);
            ReadOnlySpan<Vector<T>> blocks = MemoryMarshal.Cast<T, Vector<T>>(values);
            foreach (Vector<T> block in blocks)
            {
                Vector<T> hit = Vector.GreaterThanOrEqual(block, limit);
                if (hit != Vector<T>.Zero)
                {
                    for (int lane = 0; lane < Vector<T>.Count; lane++)
                    {
                        count += hit[lane] == T.Zero ? 0 : 1;
                    }
                }
            }

            i = blocks.Length * Vector<T>.Count;
        }

        for (; i < values.Length; i++)
        {
            count += values[i] >= threshold ? 1 : 0;
        }

        return count;
    }

    private static long Scalar<T>(ReadOnlySpan<T> values, double threshold)
        where T : unmanaged, INumberBase<T>
    {
        long count = 0;
        foreach (T v in values)
        {
            count += double.CreateTruncating(v) >= threshold ? 1 : 0;
        }

        return count;
    }

    private static ReadOnlySpan<T> Cast<T>(ReadOnlySpan<byte> bytes)
        where T : struct => MemoryMarshal.Cast<byte, T>(bytes);
}
