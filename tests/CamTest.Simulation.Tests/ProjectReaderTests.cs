using CamTest.IO;
using CamTest.Simulation.Tests.Writers;
using CamTest.TestSupport;

namespace CamTest.Simulation.Tests;

/// <summary>
/// Simulated stacks read back through the project's own entry point, <see cref="ImageFile.Open"/>. Until a TIFF
/// reader is registered in <see cref="ImageFile.Formats"/>, the test checks the refusal the demo relies on instead.
/// </summary>
public class ProjectReaderTests
{
    [Fact]
    public void Simulated_stacks_read_back_through_ImageFile_with_pixels_and_exposure()
    {
        var options = new SimulationOptions { RoiWidth = 24, RoiHeight = 20, BiasFrames = 3, LongDarkFrames = 2 };
        SimulatedSession session = SessionSimulator.Run(CameraPresets.ScmosSmall, options, TestPaths.NewTempFolder("reader"), "scmos-small");
        string path = Path.Combine(session.Folder, "flat_0040ms.ome.tif");
        byte[] header = File.ReadAllBytes(path)[..64];
        if (!ImageFile.Formats.Any(f => f.Matches(header)))
        {
            var ex = Assert.Throws<InvalidInputException>(() => ImageFile.Open(path));
            Assert.Contains("not a recognised image format", ex.Problem, StringComparison.Ordinal);
            return;
        }

        var expected = new TinyTiffParser(File.ReadAllBytes(path));
        using IFrameSource source = ImageFile.Open(path);
        Assert.Equal((24, 20, 2, PixelType.UInt16), (source.Info.Width, source.Info.Height, source.Info.FrameCount, source.Info.PixelType));
        for (int t = 0; t < 2; t++)
        {
            var pixels = new ushort[24 * 20];
            source.ReadFrame<ushort>(t, pixels);
            Assert.Equal(expected.Pixels(t), pixels);
        }

        Assert.Equal(40, source.Info.ExposureMs ?? (source.Info.Frames.Count > 0 ? source.Info.Frames[0].ExposureMs : null));
    }
}
