using System.Text.Json;
using CamTest.IO.Emva;

namespace CamTest.IO.Tests.RealFixtures;

/// <summary>
/// Crops of EMVA 1288 reference sets 001 (Basler 12-bit CCD) and 002 (STEMMER 8-bit CMOS), committed with their
/// trimmed descriptors: real frames a fresh clone reads without ../shared (the full sets: PngSharedDataTests).
/// </summary>
public class EmvaCropTests
{
    [Theory]
    [InlineData("emva001", 12, PixelType.UInt16)]
    [InlineData("emva002", 8, PixelType.UInt8)]
    public void Every_cropped_frame_reads_with_the_sum_extremes_and_pixel_pil_finds(string set, int bits, PixelType type)
    {
        JsonElement expected = RealFixtureExpectations.For(set);
        EmvaDescriptor descriptor = EmvaDescriptorParser.Parse(RealFixtureExpectations.Path(set, "EMVA1288_Data.txt"));
        JsonElement window = expected.GetProperty("window");
        Assert.Equal((bits, window.GetProperty("width").GetInt32(), window.GetProperty("height").GetInt32()), (descriptor.Bits, descriptor.Width, descriptor.Height));

        int checkedImages = 0;
        foreach (JsonProperty image in expected.GetProperty("images").EnumerateObject())
        {
            using IFrameSource source = ImageFile.Open(RealFixtureExpectations.Path(set, image.Name.Split('/')));
            Assert.Equal(type, source.Info.PixelType);
            double[] frame = source.ReadFrameAsDouble(0);
            // Integer pixels: sums are exact and compared exactly.
            Assert.Equal(image.Value.GetProperty("sum").GetInt64(), (long)frame.Sum());
            Assert.Equal(image.Value.GetProperty("min").GetInt32(), (int)frame.Min());
            Assert.Equal(image.Value.GetProperty("max").GetInt32(), (int)frame.Max());
            Assert.Equal(image.Value.GetProperty("pixel_7_5").GetInt32(), (int)frame[(5 * descriptor.Width) + 7]);
            checkedImages++;
        }

        // Every image the trimmed descriptor names is one of those checked, and it names them all.
        Assert.Equal(checkedImages, descriptor.AllImagePaths.Count());
        Assert.All(descriptor.AllImagePaths, p => Assert.True(File.Exists(p), p));
    }

    [Theory]
    [InlineData("emva001", 40000.0, 120.0)]
    [InlineData("emva002", 0.0, 0.35)]
    public void The_trimmed_descriptor_keeps_the_original_s_exposures_and_photon_counts(string set, double firstExposure, double firstPhotons)
    {
        JsonElement expected = RealFixtureExpectations.For(set);
        EmvaDescriptor d = EmvaDescriptorParser.Parse(RealFixtureExpectations.Path(set, "EMVA1288_Data.txt"));

        // The first pair's values are the originals' (set READMEs: 40 us and 120 photons; 0 and 0.35 photons).
        Assert.Equal(expected.GetProperty("brightPairs").GetInt32(), d.BrightPairs.Count);
        Assert.Equal(expected.GetProperty("darkPairs").GetInt32(), d.DarkPairs.Count);
        Assert.Equal(firstExposure, d.BrightPairs[0].Exposure);
        Assert.Equal(firstPhotons, d.BrightPairs[0].PhotonsPerPixel);
        Assert.Equal(expected.GetProperty("spatialFrames").GetInt32(), d.BrightSpatial!.ImagePaths.Count);
        Assert.Equal(expected.GetProperty("spatialFrames").GetInt32(), d.DarkSpatial!.ImagePaths.Count);
        Assert.Empty(d.Notices);
    }
}
