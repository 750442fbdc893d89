using CamTest.Core.Analysis;
using CamTest.Core.Results;
using CamTest.Core.Session;

namespace CamTest.Core.Tests.Analysis;

public class BiasPatternTests
{
    [Fact]
    public void A_row_and_column_pattern_is_carried_in_block_means_and_both_profiles()
    {
        // 300 x 200: blocks of 3 x 2 pixels make 100 x 100 blocks; every value is 100 + row offset + column offset,
        // so each profile and each block mean is known exactly.
        const int W = 300, H = 200;
        static double Row(int y) => y % 50 == 0 ? 4 : 0;
        static double Column(int x) => x % 2 == 0 ? 0.5 : -0.5;
        double[] map = [.. Enumerable.Range(0, W * H).Select(i => 100 + Row(i / W) + Column(i % W))];

        BiasPatternSection p = ResultsMapper.BiasPattern(BiasPattern.Of(map, W, H));

        Assert.Equal((3, 2, 100, 100), (p.BlockWidth, p.BlockHeight, p.Columns, p.Rows));
        Assert.Equal(W, p.ColumnMeansAdu.Count);
        Assert.Equal(H, p.RowMeansAdu.Count);
        Assert.Equal(104, p.RowMeansAdu[50], 9);    // 100 + 4 + the columns' mean, (150 x 0.5 - 150 x 0.5) / 300 = 0
        Assert.Equal(100, p.RowMeansAdu[51], 9);
        Assert.Equal(100.5 + (4 * 4.0 / 200), p.ColumnMeansAdu[0], 9); // 4 of 200 rows carry +4
        // Block (0, 25) holds rows 50 and 51 and columns 0..2: (104 + 100) / 2 plus (0.5 - 0.5 + 0.5) / 3.
        Assert.Equal(102 + (0.5 / 3), p.BlockMeansAdu[25 * 100], 3);
        Assert.Equal(100 + (0.5 / 3), p.BlockMeansAdu[(26 * 100) + 0], 3);
    }

    [Fact]
    public void A_large_sensor_is_at_most_128_blocks_a_side_and_edge_blocks_average_only_their_pixels()
    {
        // 2050 x 5: blocks of 17 x 1 (ceil(2050 / 128)); 121 blocks across, the last holding 2050 - 120 x 17 = 10 pixels.
        const int W = 2050, H = 5;
        double[] map = [.. Enumerable.Range(0, W * H).Select(i => (double)(i % W))];

        BiasPatternSection p = ResultsMapper.BiasPattern(BiasPattern.Of(map, W, H));

        Assert.True(p.Columns <= BiasPattern.MaxBlocks && p.Rows <= BiasPattern.MaxBlocks);
        Assert.Equal((17, 1, 121, 5), (p.BlockWidth, p.BlockHeight, p.Columns, p.Rows));
        Assert.Equal(p.Columns * p.Rows, p.BlockMeansAdu.Count);
        Assert.Equal((2040 + 2049) / 2.0, p.BlockMeansAdu[120], 9); // mean of columns 2040..2049
    }

    [Fact]
    public void A_map_of_the_wrong_size_is_refused()
    {
        Assert.Throws<ArgumentException>(() => BiasPattern.Of(new double[10], 4, 3));
    }
}
