using System.Text.Json;
using CamTest.TestSupport;

namespace CamTest.IO.Tests.Png;

public class PngReaderTests
{
    private static readonly Lazy<JsonDocument> Expected = new(() =>
        JsonDocument.Parse(File.ReadAllText(TestPaths.Fixture("png", "expected.json"))));

    public static IEnumerable<object[]> ValidFixtures() =>
        Expected.Value.RootElement.EnumerateObject().Select(p => new object[] { p.Name });

    [Theory]
    [MemberData(nameof(ValidFixtures))]
    public void Decodes_fixture_to_the_pixels_numpy_wrote(string fixture)
    {
        JsonElement expected = Expected.Value.RootElement.GetProperty(fixture);
        using IFrameSource source = ImageFile.Open(TestPaths.Fixture("png", fixture));
        StackInfo info = source.Info;

        Assert.Equal("PNG", info.Format);
        Assert.Equal(1, info.FrameCount);
        Assert.Equal(expected.GetProperty("width").GetInt32(), info.Width);
        Assert.Equal(expected.GetProperty("height").GetInt32(), info.Height);
        Assert.Equal(expected.GetProperty("pixelType").GetString(), info.PixelType.ToString());
        Assert.Equal(expected.GetProperty("bitDepth").GetInt32(), info.BitDepth);

        double[] frame = source.ReadFrameAsDouble(0);

        // A mean of a few hundred integers: exact in double up to summation order, so 1e-12 relative would do.
        double mean = expected.GetProperty("mean").GetDouble();
        Assert.Equal(mean, frame.Average(), mean * 1e-6);
        foreach (JsonElement pixel in expected.GetProperty("pixels").EnumerateArray())
        {
            int index = (pixel.GetProperty("row").GetInt32() * info.Width) + pixel.GetProperty("col").GetInt32();
            Assert.Equal(pixel.GetProperty("value").GetInt32(), (int)frame[index]);
        }
    }

    [Fact]
    public void Serves_row_bands_equal_to_the_whole_frame_from_concurrent_readers()
    {
        using IFrameSource source = ImageFile.Open(TestPaths.Fixture("png", "grey16_filters.png"));
        int rowBytes = source.Info.Width * 2;
        byte[][] bands = new byte[source.Info.Height][];

        // Many threads race to the first (decoding) read; every one must see the same decoded image.
        Parallel.For(0, source.Info.Height, y =>
        {
            bands[y] = new byte[rowBytes];
            source.ReadRows(0, y, 1, bands[y]);
        });

        byte[] whole = new byte[source.Info.BytesPerFrame];
        source.ReadFrame(0, whole);
        Assert.Equal(whole, bands.SelectMany(b => b).ToArray());
    }
}
