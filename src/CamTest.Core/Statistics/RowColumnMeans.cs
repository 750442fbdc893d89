using System.Numerics;
using System.Runtime.InteropServices;
using CamTest.IO;

namespace CamTest.Core.Statistics;

/// <summary>Mean of every row and every column of one frame, in ADU: the input of row/column fixed-pattern noise.</summary>
/// <remarks>
/// Sums are kept in double. For integer data (|x| &lt; 2^32) a row or column sum stays exact while the frame is
/// narrower and shorter than 2^21 pixels (sums below 2^53); float data rounds like any double sum.
/// </remarks>
public static class RowColumnMeans
{
    public static LineMeans Compute(ReadOnlySpan<byte> frame, PixelType type, int width)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(width);
        long pixels = frame.Length / type.BytesPerPixel();
        if (pixels % width != 0)
        {
            throw new ArgumentException($"{pixels} pixels are not whole rows of {width}", nameof(frame));
        }

        return type switch
        {
            PixelType.UInt8 => Compute(frame, width),
            PixelType.UInt16 => Compute(MemoryMarshal.Cast<byte, ushort>(frame), width),
            PixelType.Int16 => Compute(MemoryMarshal.Cast<byte, short>(frame), width),
            PixelType.UInt32 => Compute(MemoryMarshal.Cast<byte, uint>(frame), width),
            PixelType.Int32 => Compute(MemoryMarshal.Cast<byte, int>(frame), width),
            PixelType.Float32 => Compute(MemoryMarshal.Cast<byte, float>(frame), width),
            PixelType.Float64 => Compute(MemoryMarshal.Cast<byte, double>(frame), width),
            _ => throw new ArgumentOutOfRangeException(nameof(type), type, null),
        };
    }

    private static LineMeans Compute<T>(ReadOnlySpan<T> frame, int width)
        where T : unmanaged, INumberBase<T>
    {
        int height = frame.Length / width;
        var rows = new double[height];
        var columns = new double[width];
        for (int y = 0; y < height; y++)
        {
            ReadOnlySpan<T> row = frame.Slice(y * width, width);
            double sum = 0;
            for (int x = 0; x < width; x++)
            {
                double v = double.CreateTruncating(row[x]);
                sum += v;
                columns[x] += v;
            }

            rows[y] = sum / width;
        }

        for (int x = 0; x < width; x++)
        {
            columns[x] = height == 0 ? double.NaN : columns[x] / height;
        }

        return new(rows, columns);
    }
}
