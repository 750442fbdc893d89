using System.Text.Json;
using CamTest.TestSupport;

namespace CamTest.IO.Tests.Png;

/// <summary>Committed crops of EMVA reference set 001 frames (CC BY-SA 3.0, Basler AG): real data without ../shared.</summary>
public class PngRealCropTests
{
    private static readonly Lazy<JsonDocument> Expected = new(() =>
        JsonDocument.Parse(File.ReadAllText(TestPaths.Fixture("png", "refset001_crops.json"))));

    [Theory]
    [InlineData("refset001_b025_crop64x48.png")]
    [InlineData("refset001_d000_crop64x48.png")]
    public void Reads_committed_crop_of_a_real_12_bit_frame_as_numpy_sums_it(string fixture)
    {
        JsonElement expected = Expected.Value.RootElement.GetProperty(fixture);
        using IFrameSource source = ImageFile.Open(TestPaths.Fixture("png", fixture));
        ushort[] pixels = new ushort[source.Info.PixelsPerFrame];
        source.ReadFrame<ushort>(0, pixels);

        Assert.Equal((64, 48), (source.Info.Width, source.Info.Height));

        // Integer sums are exact: compared exactly.
        Assert.Equal(expected.GetProperty("sum").GetInt64(), pixels.Sum(p => (long)p));
        Assert.Equal(expected.GetProperty("min").GetInt32(), pixels.Min());
        Assert.Equal(expected.GetProperty("max").GetInt32(), pixels.Max());
    }
}
