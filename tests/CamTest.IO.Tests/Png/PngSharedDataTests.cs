using System.Text.Json;
using CamTest.TestSupport;

namespace CamTest.IO.Tests.Png;

/// <summary>The EMVA 1288 reference sets in ../shared/data: real camera PNGs, checked against PIL/numpy values.</summary>
public class PngSharedDataTests
{
    private static readonly Lazy<JsonDocument> Expected = new(() =>
        JsonDocument.Parse(File.ReadAllText(TestPaths.Fixture("png", "shared_expected.json"))));

    public static IEnumerable<object[]> SharedFiles() =>
        Expected.Value.RootElement.EnumerateObject().Select(p => new object[] { p.Name });

    [SharedDataTheory]
    [MemberData(nameof(SharedFiles))]
    public void Reads_emva_reference_png_with_the_sum_and_pixels_pil_finds(string relativePath)
    {
        JsonElement expected = Expected.Value.RootElement.GetProperty(relativePath);
        using IFrameSource source = ImageFile.Open(TestPaths.SharedData(relativePath.Split('/')));

        Assert.Equal(expected.GetProperty("width").GetInt32(), source.Info.Width);
        Assert.Equal(expected.GetProperty("height").GetInt32(), source.Info.Height);

        // Set 001 is 12-bit data in a 16-bit container (PIL mode "I"), set 002 plain 8-bit ("L").
        PixelType type = expected.GetProperty("mode").GetString() == "L" ? PixelType.UInt8 : PixelType.UInt16;
        Assert.Equal(type, source.Info.PixelType);

        double[] frame = source.ReadFrameAsDouble(0);

        // Integer pixels: the sum is exact, so it is compared exactly (stronger than a mean within 1e-6).
        Assert.Equal(expected.GetProperty("sum").GetInt64(), (long)frame.Sum());
        Assert.Equal(expected.GetProperty("max").GetInt32(), (int)frame.Max());
        foreach (JsonElement pixel in expected.GetProperty("pixels").EnumerateArray())
        {
            int index = (pixel.GetProperty("row").GetInt32() * source.Info.Width) + pixel.GetProperty("col").GetInt32();
            Assert.Equal(pixel.GetProperty("value").GetInt32(), (int)frame[index]);
        }
    }

    [SharedDataTheory]
    [InlineData("b_000", 19025387L)]
    [InlineData("b_001", 84970977L)]
    [InlineData("b_049", 2515968000L)]
    [InlineData("d_000", 9041052L)]
    [InlineData("d_049", 9105214L)]
    public void Pair_sums_match_the_emva1288_reference_loader(string step, long publishedSum)
    {
        // publishedSum: the 'sum' of both frames of the pair, as the emva1288 reference package's loader printed it
        // (emva1288_loaded_summary_for_refset001.txt, shipped with the data set).
        long sum = 0;
        foreach (string snap in new[] { "snap_001", "snap_002" })
        {
            using IFrameSource source = ImageFile.Open(TestPaths.SharedData("emva1288_refset001_ccd12bit_basler", "images", $"{step}_{snap}.png"));
            ushort[] pixels = new ushort[source.Info.PixelsPerFrame];
            source.ReadFrame<ushort>(0, pixels);
            sum += pixels.Sum(p => (long)p);
        }

        Assert.Equal(publishedSum, sum);
    }
}
