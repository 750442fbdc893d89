using System.Text.Json;
using CamTest.TestSupport;

namespace CamTest.IO.Tests.Tiff;

/// <summary>Every committed fixture (written by tifffile, libtiff's tiffcp or by hand) against numpy's values.</summary>
public sealed class TiffFixtureReadingTests
{
    public static TheoryData<string> Fixtures => [.. TiffExpectations.FixtureNames];

    [Theory]
    [MemberData(nameof(Fixtures))]
    public void Reads_shape_type_and_format_stated_by_the_writer(string fixture)
    {
        JsonElement expected = TiffExpectations.For(fixture);
        using IFrameSource source = ImageFile.Open(TestPaths.Fixture("tiff", fixture));

        Assert.Equal(expected.GetProperty("width").GetInt32(), source.Info.Width);
        Assert.Equal(expected.GetProperty("height").GetInt32(), source.Info.Height);
        Assert.Equal(expected.GetProperty("frames").GetInt32(), source.Info.FrameCount);
        Assert.Equal(TiffExpectations.PixelTypeOf(expected.GetProperty("dtype").GetString()!), source.Info.PixelType);
        Assert.Equal(expected.GetProperty("format").GetString(), source.Info.Format);
    }

    [Theory]
    [MemberData(nameof(Fixtures))]
    public void Reads_per_frame_means_and_pixels_equal_to_numpy(string fixture)
    {
        JsonElement expected = TiffExpectations.For(fixture);
        using IFrameSource source = ImageFile.Open(TestPaths.Fixture("tiff", fixture));
        double[] means = TiffExpectations.Doubles(expected.GetProperty("means"));

        for (int f = 0; f < means.Length; f++)
        {
            // numpy's float64 mean and ours differ only by summation order: 1e-9 relative covers it with margin.
            Assert.Equal(means[f], FrameReading.Mean(FrameReading.Frame(source, f)), Math.Abs(means[f]) * 1e-9 + 1e-12);
        }

        foreach (JsonElement point in expected.GetProperty("pixels").EnumerateArray())
        {
            int frame = point[0].GetInt32(), row = point[1].GetInt32(), col = point[2].GetInt32();
            double[] pixels = FrameReading.Frame(source, frame);
            // Integers and floats survive the round trip exactly (float32 widened to double is exact).
            Assert.Equal(point[3].GetDouble(), pixels[(row * source.Info.Width) + col]);
        }
    }

    [Theory]
    [MemberData(nameof(Fixtures))]
    public void Reads_the_same_pixels_in_row_bands_as_whole_frames(string fixture)
    {
        using IFrameSource source = ImageFile.Open(TestPaths.Fixture("tiff", fixture));
        int last = source.Info.FrameCount - 1;

        foreach (int band in (int[])[1, 3, 7])
        {
            Assert.Equal(FrameReading.Frame(source, last), FrameReading.FrameInBands(source, last, band));
        }
    }

    [Fact]
    public void Reads_frames_concurrently_with_the_same_result()
    {
        using IFrameSource source = ImageFile.Open(TestPaths.Fixture("tiff", "tiffcp_noisy_lzw_tiles_be.tif"));
        double[][] serial = [.. Enumerable.Range(0, source.Info.FrameCount).Select(f => FrameReading.Frame(source, f))];

        var parallel = new double[200][];
        Parallel.For(0, parallel.Length, i => parallel[i] = FrameReading.Frame(source, i % source.Info.FrameCount));

        for (int i = 0; i < parallel.Length; i++)
        {
            Assert.Equal(serial[i % serial.Length], parallel[i]);
        }
    }
}
