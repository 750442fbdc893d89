using System.Text.Json;

namespace CamTest.IO.Tests.RealFixtures;

/// <summary>
/// The first 500 frames of LANL EMCCD stacks (uint16 big-endian ImageJ TIFF, 3 x 3 pixels, BSD-3), rewritten by
/// tifffile, against the means numpy found (the full 5000-frame stacks: TiffRealDataTests).
/// </summary>
public class LanlSubsetTests
{
    public static TheoryData<string> Stacks => ["ADU/1x-gain_level-01.tif", "ADU/1x-gain_level-06.tif", "gain-GS/300x-gain.tif"];

    [Theory]
    [MemberData(nameof(Stacks))]
    public void Subset_stack_reads_with_the_frame_count_and_means_numpy_finds(string relative)
    {
        JsonElement expected = RealFixtureExpectations.For("lanl-emccd");
        JsonElement stack = expected.GetProperty("stacks").GetProperty(relative);
        using IFrameSource source = ImageFile.Open(RealFixtureExpectations.Path("lanl-emccd", relative.Split('/')));

        Assert.Equal(expected.GetProperty("frames").GetInt32(), source.Info.FrameCount);
        Assert.Equal((3, 3, PixelType.UInt16), (source.Info.Width, source.Info.Height, source.Info.PixelType));
        double[] firstMeans = [.. stack.GetProperty("frameMeansFirst5").EnumerateArray().Select(e => e.GetDouble())];
        double sum = 0;
        for (int f = 0; f < source.Info.FrameCount; f++)
        {
            double mean = source.ReadFrameAsDouble(f).Average();
            sum += mean;
            if (f < firstMeans.Length)
            {
                // Means of 9 integers: exact in float64 up to summation order.
                Assert.Equal(firstMeans[f], mean, firstMeans[f] * 1e-12);
            }
        }

        double expectedMean = stack.GetProperty("mean").GetDouble();
        Assert.Equal(expectedMean, sum / source.Info.FrameCount, expectedMean * 1e-12);
    }
}
