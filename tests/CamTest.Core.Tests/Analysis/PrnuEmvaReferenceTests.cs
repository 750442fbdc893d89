using CamTest.Core.Analysis;
using CamTest.Core.Session;
using CamTest.IO;
using CamTest.IO.Emva;
using CamTest.TestSupport;

namespace CamTest.Core.Tests.Analysis;

/// <summary>
/// EMVA 1288 reference set 001 (a real Basler 12-bit CCD, ../shared/data): its spatial sets, 50 bright and 50 dark
/// frames at 5.16 ms, are exactly what EMVA 1288 R3 computes PRNU1288 from. The emva1288 reference implementation on
/// these files gives PRNU1288 = 0.4327 % (emva1288_reference_results_for_refset001.rst: s2_y = 72.42 DN^2 after the
/// temporal correction, s2_y_dark = 0.024 DN^2, the data README rounds it to 0.433 %).
/// </summary>
public class PrnuEmvaReferenceTests
{
    private const double ReferencePrnuPercent = 0.432704411062;

    [SharedDataFact]
    public void Total_prnu_of_the_spatial_sets_matches_the_emva1288_reference_implementation()
    {
        EmvaDescriptor d = EmvaDescriptorParser.Parse(TestPaths.SharedData("emva1288_refset001_ccd12bit_basler", "EMVA1288_Data.txt"));
        using IFrameSource bright = ConcatenatedFrameSource.Open(d.BrightSpatial!.ImagePaths);
        using IFrameSource dark = ConcatenatedFrameSource.Open(d.DarkSpatial!.ImagePaths);
        StackSummary b = StackReducer.Reduce(bright, perPixelMaps: true);
        StackSummary k = StackReducer.Reduce(dark, perPixelMaps: true);
        AveragedImage flat = AveragedImage.From(b.PerPixel!, b.FrameMeans);
        AveragedImage darkImage = AveragedImage.From(k.PerPixel!, k.FrameMeans);

        // EMVA R3 subtracts the dark's mean and then its spatial variance: our uniform offset, with no mask (EMVA keeps
        // every pixel). Same pixels, same frames, so no sampling error separates the two; what differs is definition:
        // EMVA's extra subtraction of s2_y_dark (0.024 of 72.4 DN^2: 0.0001 % here) and our removal of frame-to-frame
        // shifts from the temporal part. 0.0015 % (0.35 %, about 2 of our standard errors) bounds both with room.
        PrnuResult emvaWay = PhotoResponseNonUniformity.Analyze(flat, 640, 480, new FlatOffset(null, k.Level().Value, 0), 4095);
        Assert.InRange(emvaWay.Total!.Value, ReferencePrnuPercent - 0.0015, ReferencePrnuPercent + 0.0015);
        Assert.Equal(307200, emvaWay.PixelsUsed);

        // Subtracting the averaged dark pixel by pixel (what camtest does with a bias map) also takes out the dark's own
        // pattern and the temporal noise left in it (9.5 / 50 DN^2). On this camera it reads 0.4 % higher: the bright and
        // dark mean images are slightly anticorrelated (about -0.27 DN^2), which EMVA's subtraction of variances ignores.
        double darkResidual = darkImage.TemporalVariance.Average() / darkImage.Frames;
        PrnuResult withMap = PhotoResponseNonUniformity.Analyze(flat, 640, 480, new FlatOffset(darkImage.Mean, 0, darkResidual), 4095);
        Assert.InRange(withMap.Total!.Value, ReferencePrnuPercent, ReferencePrnuPercent * 1.01);
        // The 5 x 5 high-pass finds much of this flat's non-uniformity at large scales: the pixel-scale part is smaller.
        Assert.InRange(withMap.PixelToPixel!.Value, 0.2, 0.8 * withMap.Total.Value);
    }
}
