using System.Runtime.InteropServices;
using CamTest.Core.Results;
using CamTest.Core.Statistics;
using CamTest.IO;

namespace CamTest.Core.Analysis;

/// <summary>
/// The averaged bias reduced to what a page can draw of its fixed pattern: block means (a heat map) and the row and
/// column mean profiles (<see cref="RowColumnMeans"/>). Values are rounded to 0.001 ADU, far below any pattern a plot
/// shows (a bias ADU is 0.1-10 e-), which keeps results.json small.
/// </summary>
public static class BiasPattern
{
    /// <summary>At most this many blocks along each side.</summary>
    public const int MaxBlocks = 128;

    private const int Decimals = 3;

    public static BiasPatternSection Of(double[] map, int width, int height)
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
        return new BiasPatternSection(
            blockWidth, blockHeight, columns, rows,
            [.. sums.Select((s, i) => Math.Round(s / counts[i], Decimals))],
            [.. rowMeans.Select(m => Math.Round(m, Decimals))],
            [.. columnMeans.Select(m => Math.Round(m, Decimals))]);
    }
}
