using System.Text.Json;

namespace CamTest.IO.Tests.RealFixtures;

/// <summary>
/// A 64 x 64 corner of a real sCMOS camera's per-pixel gain (ADU/e-) and read-variance (ADU^2) maps (MIT, from MATLAB
/// .mat files via scipy, written as float64 TIFF by tifffile), with 10 of the set's 11 failed pixels (gain &lt;= 0).
/// </summary>
public class ScmosMapCropTests
{
    [Theory]
    [InlineData("gainsub")]
    [InlineData("varsub")]
    public void Map_crop_reads_as_scipy_loaded_it(string map)
    {
        JsonElement expected = RealFixtureExpectations.For("scmos-maps").GetProperty(map);
        using IFrameSource source = ImageFile.Open(RealFixtureExpectations.Path("scmos-maps", map + ".tif"));
        Assert.Equal((64, 64, 1, PixelType.Float64), (source.Info.Width, source.Info.Height, source.Info.FrameCount, source.Info.PixelType));

        double[] values = source.ReadFrameAsDouble(0);
        // float64 all the way: every statistic is exact, so compared exactly.
        Assert.Equal(expected.GetProperty("pixel_5_7").GetDouble(), values[(7 * 64) + 5]);
        Assert.Equal(expected.GetProperty("min").GetDouble(), values.Min());
        Assert.Equal(expected.GetProperty("max").GetDouble(), values.Max());
        Assert.Equal(expected.GetProperty("nonPositive").GetInt32(), values.Count(v => v <= 0));
        double[] sorted = [.. values.Order()];
        Assert.Equal(expected.GetProperty("median").GetDouble(), (sorted[2047] + sorted[2048]) / 2);
    }
}
