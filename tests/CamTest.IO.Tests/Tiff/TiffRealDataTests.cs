using System.Text.Json;
using CamTest.TestSupport;

namespace CamTest.IO.Tests.Tiff;

/// <summary>
/// The LANL EMCCD stacks in ../shared/data (ImageJ uint16, big-endian, 5000 pages of 3x3 saved from Micro-Manager),
/// against frame means tifffile/numpy computed (expected.json, key _real_emccd_lanl).
/// </summary>
public sealed class TiffRealDataTests
{
    public static TheoryData<string> Files => ["gain-GS/1x-gain.tif", "gain-GS/300x-gain.tif", "ADU/1x-gain_level-06.tif"];

    [SharedDataTheory]
    [MemberData(nameof(Files))]
    public void Reads_lanl_emccd_stack_frame_count_and_means_as_numpy(string relative)
    {
        JsonElement expected = TiffExpectations.Root.GetProperty("_real_emccd_lanl").GetProperty(relative);
        string path = TestPaths.SharedData("emccd_lanl_3x3px_gain_series", relative);
        using IFrameSource source = ImageFile.Open(path);

        int frames = expected.GetProperty("frames").GetInt32();
        Assert.Equal(frames, source.Info.FrameCount);
        Assert.Equal(3, source.Info.Width);
        Assert.Equal("ImageJ TIFF", source.Info.Format);
        Assert.Equal(16, source.Info.BitDepth); // the Micro-Manager summary kept in ImageJ's info says BitDepth 16
        // That summary (UTF-16 big-endian in the IJMetadata tag) as tifffile shows it: "MicroManagerVersion":"1.4.23 20191016".
        Assert.Equal("1.4.23 20191016", source.Info.Properties["MicroManagerVersion"]);

        // Means of 9 integers: exact in float64 up to summation order, so 1e-9 relative is generous.
        double[] first = TiffExpectations.Doubles(expected.GetProperty("first5"));
        double[] last = TiffExpectations.Doubles(expected.GetProperty("last5"));
        for (int i = 0; i < 5; i++)
        {
            Assert.Equal(first[i], FrameReading.Mean(FrameReading.Frame(source, i)), first[i] * 1e-9);
            Assert.Equal(last[i], FrameReading.Mean(FrameReading.Frame(source, frames - 5 + i)), last[i] * 1e-9);
        }

        double sumOfMeans = 0;
        for (int f = 0; f < frames; f++)
        {
            sumOfMeans += FrameReading.Mean(FrameReading.Frame(source, f));
        }

        double meanOfMeans = expected.GetProperty("meanOfMeans").GetDouble();
        Assert.Equal(meanOfMeans, sumOfMeans / frames, meanOfMeans * 1e-9);
        Assert.Equal(expected.GetProperty("pixel_1234_2_1").GetInt32(), FrameReading.Frame(source, 1234)[(2 * 3) + 1]);
    }
}
