using System.Numerics;
using System.Runtime.InteropServices;
using CamTest.IO;

namespace CamTest.Core.Calculators;

/// <summary>
/// Software binning: each N x N block of a frame summed into one pixel, as on-chip binning sums charge. Sums are
/// widened so they cannot overflow: 8- and 16-bit unsigned pixels to uint32 (65535 x 256^2 still fits), int16 to
/// int32, and 32-bit or floating-point pixels to float64 (integer sums below 2^53 stay exact). A partial block at
/// the right or bottom edge is dropped, as ImageJ's Bin does.
/// </summary>
public static class SoftwareBinning
{
    public const int MaxFactor = 256;

    /// <summary>The pixel type the sums are stored as.</summary>
    public static PixelType OutputType(PixelType input) => input switch
    {
        PixelType.UInt8 or PixelType.UInt16 => PixelType.UInt32,
        PixelType.Int16 => PixelType.Int32,
        _ => PixelType.Float64,
    };

    /// <summary>Sums <paramref name="factor"/> x <paramref name="factor"/> blocks of one frame (raw bytes of <paramref name="type"/>) into <paramref name="output"/> (bytes of <see cref="OutputType"/>).</summary>
    public static void SumBlocks(ReadOnlySpan<byte> frame, PixelType type, int width, int height, int factor, Span<byte> output)
    {
        switch (type)
        {
            case PixelType.UInt8: Sum<byte, uint>(frame, width, height, factor, output); break;
            case PixelType.UInt16: Sum<ushort, uint>(MemoryMarshal.Cast<byte, ushort>(frame), width, height, factor, output); break;
            case PixelType.Int16: Sum<short, int>(MemoryMarshal.Cast<byte, short>(frame), width, height, factor, output); break;
            case PixelType.UInt32: Sum<uint, double>(MemoryMarshal.Cast<byte, uint>(frame), width, height, factor, output); break;
            case PixelType.Int32: Sum<int, double>(MemoryMarshal.Cast<byte, int>(frame), width, height, factor, output); break;
            case PixelType.Float32: Sum<float, double>(MemoryMarshal.Cast<byte, float>(frame), width, height, factor, output); break;
            case PixelType.Float64: Sum<double, double>(MemoryMarshal.Cast<byte, double>(frame), width, height, factor, output); break;
            default: throw new ArgumentOutOfRangeException(nameof(type), type, null);
        }
    }

    private static void Sum<TIn, TOut>(ReadOnlySpan<TIn> frame, int width, int height, int factor, Span<byte> outputBytes)
        where TIn : unmanaged, INumberBase<TIn>
        where TOut : unmanaged, INumberBase<TOut>
    {
        int outWidth = width / factor;
        int outHeight = height / factor;
        Span<TOut> output = MemoryMarshal.Cast<byte, TOut>(outputBytes);
        // Accumulate a row of blocks in double: exact for every integer sum the widened types can hold (< 2^53).
        double[] sums = new double[outWidth];
        for (int by = 0; by < outHeight; by++)
        {
            Array.Clear(sums);
            for (int row = by * factor; row < (by + 1) * factor; row++)
            {
                ReadOnlySpan<TIn> line = frame.Slice(row * width, outWidth * factor);
                for (int bx = 0; bx < outWidth; bx++)
                {
                    double s = 0;
                    foreach (TIn v in line.Slice(bx * factor, factor))
                    {
                        s += double.CreateTruncating(v);
                    }

                    sums[bx] += s;
                }
            }

            for (int bx = 0; bx < outWidth; bx++)
            {
                output[(by * outWidth) + bx] = TOut.CreateTruncating(sums[bx]);
            }
        }
    }
}
