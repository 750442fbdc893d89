using CamTest.Core.Statistics;
using CamTest.IO;

namespace CamTest.Core.Tests.Statistics;

public class RowColumnMeansTests
{
    [Theory]
    [InlineData(PixelType.UInt16)]
    [InlineData(PixelType.Int32)]
    public void Row_and_column_means_equal_direct_averages(PixelType type)
    {
        const int width = 13, height = 7;
        long[] values = PixelData.Values(type, width * height, "random", seed: 3);
        (double[] rows, double[] columns) = RowColumnMeans.Compute(PixelData.ToBytes(values, type), type, width);
        for (int y = 0; y < height; y++)
        {
            // Integer sums of 13 values are exact in double, so only the final division rounds.
            Assert.Equal((double)PixelData.Sum(values.Skip(y * width).Take(width)) / width, rows[y], 1e-15 * Math.Abs(rows[y]));
        }

        for (int x = 0; x < width; x++)
        {
            Assert.Equal((double)PixelData.Sum(Enumerable.Range(0, height).Select(y => values[(y * width) + x])) / height, columns[x], 1e-15 * Math.Abs(columns[x]));
        }
    }
}
