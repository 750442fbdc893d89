using System.Runtime.InteropServices;
using CamTest.Core.Statistics;
using CamTest.IO;

namespace CamTest.Core.Analysis;

/// <summary>
/// The averaged bias reduced to what a page can draw of its fixed pattern: block means (a heat map) and the row and
/// column mean profiles (<see cref="RowColumnMeans"/>), at full precision (results.json rounds them).
/// </summary>
public static class BiasPattern
{
    /// <summary>At most this many blocks along each side.</summary>
    public const int MaxBlocks = 128;

    public static BiasPatternResult Of(double[] map, int width, int height)
    {
        if (map.Length != (long)width * height || width <= 0)
        {
            throw new ArgumentException($"a {width} x {height} map needs {(long)width * height} values, got {map.Length}", nameof(map));
        }

        int blockWidth = (width + MaxBlocks - 1) / MaxBlocks, blockHeight = (height + MaxBlocks - 1) / MaxBlocks;
        int columns = (width + blockWidth - 1) / blockWidth, rows = (height + blockHeight - 1) / blockHeight;
        var sums = new double[columns * rows];
        var counts = new int[columns * rows];
        for (int y = 0; y < height; y++)
        {
            int rowOffset = y / blockHeight * columns;
            for (int x = 0; x < width; x++)
            {
                int block = rowOffset + (x / blockWidth);
                sums[block] += map[(y * width) + x];
                counts[block]++;
            }
        }

        (double[] rowMeans, double[] columnMeans) = RowColumnMeans.Compute(MemoryMarshal.AsBytes(map.AsSpan()), PixelType.Float64, width);
        return new BiasPatternResult(blockWidth, blockHeight, columns, rows, [.. sums.Select((s, i) => s / counts[i])], rowMeans, columnMeans);
    }
}
