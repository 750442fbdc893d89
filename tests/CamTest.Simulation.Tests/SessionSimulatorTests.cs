using System.Security.Cryptography;
using System.Text.Json;
using CamTest.IO;
using CamTest.IO.Session;
using CamTest.Simulation.Tests.Writers;
using CamTest.TestSupport;

namespace CamTest.Simulation.Tests;

public class SessionSimulatorTests
{
    private static readonly SimulationOptions Small = new()
    {
        RoiWidth = 48, RoiHeight = 32, BiasFrames = 6, FlatFrames = 2, DarkFrames = 2, LongDarkFrames = 3, EmGainFrames = 2,
    };

    [Fact]
    public void The_same_seed_writes_the_same_bytes_and_another_seed_does_not()
    {
        Dictionary<string, string> a = Hashes(Run(CameraPresets.Emccd512, Small with { Seed = 42 }));
        Dictionary<string, string> b = Hashes(Run(CameraPresets.Emccd512, Small with { Seed = 42, MaxThreads = 1 }));
        Dictionary<string, string> c = Hashes(Run(CameraPresets.Emccd512, Small with { Seed = 43 }));
        Assert.Equal(a, b); // also with one thread instead of all: rows have their own random streams
        Assert.NotEqual(a["bias.ome.tif"], c["bias.ome.tif"]);
        Assert.NotEqual(a["flat_0040ms.ome.tif"], c["flat_0040ms.ome.tif"]);
    }

    [Theory]
    [InlineData(1, 2, "flat frames 1 must be 2")]
    [InlineData(2, 1, "dark frames 1 must be 2")]
    public void A_single_flat_or_dark_frame_per_level_is_refused_before_anything_is_written(int flats, int darks, string message)
    {
        // One frame gives no temporal variance, and analyze refuses such a session: the simulator must not write it.
        string folder = TestPaths.NewTempFolder("sim-pairs");
        var ex = Assert.Throws<InvalidInputException>(() =>
            SessionSimulator.Run(CameraPresets.ScmosLarge, Small with { FlatFrames = flats, DarkFrames = darks }, folder, "pairs"));
        Assert.Contains(message, ex.Message, StringComparison.Ordinal);
        Assert.Empty(Directory.EnumerateFileSystemEntries(folder));
    }

    [Fact]
    public void The_session_manifest_loads_with_every_stack_and_the_emccd_section()
    {
        SimulatedSession session = Run(CameraPresets.Emccd512, Small);
        SessionManifest manifest = SessionManifestFile.Load(session.SessionPath);
        Assert.Equal("EMCCD", manifest.Camera!.Sensor);
        Assert.Equal(16, manifest.Camera.BitDepth);
        Assert.Equal(0, manifest.Bias!.ExposureMs);
        Assert.Equal(SessionPlanner.FlatExposuresMs, manifest.Flats!.Select(f => f.ExposureMs!.Value));
        Assert.Equal(SessionPlanner.DarkExposuresMs(CameraPresets.Emccd512), manifest.Darks!.Select(d => d.ExposureMs!.Value));
        Assert.Equal(5000, manifest.HotPixels!.ExposureMs);
        Assert.Equal(1, manifest.EmGain!.Reference!.EmGain);
        Assert.Equal(300, manifest.EmGain.Amplified!.EmGain);
        Assert.All(manifest.Stacks(), s => Assert.True(File.Exists(s.Stack.Files.Single())));
        // Written relative, so the folder can be moved.
        Assert.DoesNotContain(session.Folder, File.ReadAllText(session.SessionPath), StringComparison.Ordinal);
    }

    [Fact]
    public void Stacks_carry_frame_counts_exposures_and_timestamps_from_the_frame_rate()
    {
        SimulatedSession session = Run(CameraPresets.CcdInterline, Small);
        var tiff = new TinyTiffParser(File.ReadAllBytes(Path.Combine(session.Folder, "flat_0040ms.ome.tif")));
        Assert.Equal(2, tiff.Ifds.Count);
        // Interline CCD reads out after the exposure: interval = 40 ms + 32 rows x 85 us.
        double interval = 40 + (32 * 85 / 1000.0);
        using JsonDocument second = JsonDocument.Parse(tiff.Ascii(1, 51123));
        Assert.Equal(interval, second.RootElement.GetProperty("ElapsedTime-ms").GetDouble(), 9);
        Assert.Equal(40, second.RootElement.GetProperty("Exposure-ms").GetDouble());
        Assert.Equal(14, second.RootElement.GetProperty("BitDepth").GetInt32());
        Assert.Equal(6, new TinyTiffParser(File.ReadAllBytes(Path.Combine(session.Folder, "bias.ome.tif"))).Ifds.Count);
    }

    [Fact]
    public void Truth_json_states_the_parameters_in_results_units()
    {
        SimulatedSession session = Run(CameraPresets.ScmosLarge, Small);
        using JsonDocument truth = JsonDocument.Parse(File.ReadAllText(session.TruthPath));
        JsonElement root = truth.RootElement;
        Assert.Equal("camtest.truth/1", root.GetProperty("schema").GetString());
        Assert.Equal(1.18, root.GetProperty("gain").GetProperty("systemGain").GetProperty("value").GetDouble());
        Assert.Equal("e-/ADU", root.GetProperty("gain").GetProperty("systemGain").GetProperty("unit").GetString());
        Assert.Equal("e-", root.GetProperty("readNoise").GetProperty("rms").GetProperty("unit").GetString());
        Assert.Equal("e-/pixel/s", root.GetProperty("darkCurrent").GetProperty("rate").GetProperty("unit").GetString());
        Assert.Equal(9000, root.GetProperty("saturation").GetProperty("linearFullWell").GetProperty("value").GetDouble());
        // sCMOS read noise has a long tail: the rms lies above the median.
        Assert.True(root.GetProperty("readNoise").GetProperty("rms").GetProperty("value").GetDouble()
            > root.GetProperty("readNoise").GetProperty("median").GetProperty("value").GetDouble());
        JsonElement hot = root.GetProperty("hotPixels");
        Assert.Equal(hot.GetProperty("count").GetInt32(), hot.GetProperty("pixels").GetArrayLength());
        Assert.Equal(session.Stacks.Count, root.GetProperty("stacks").GetArrayLength());
    }

    [Fact]
    public void Simulating_into_a_folder_that_holds_a_session_is_refused()
    {
        SimulatedSession session = Run(CameraPresets.ScmosLarge, Small);
        var ex = Assert.Throws<InvalidInputException>(() => SessionSimulator.Run(CameraPresets.ScmosLarge, Small, session.Folder, "again"));
        Assert.Contains("already holds bias.ome.tif", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_ten_thousand_frame_bias_stack_streams_to_disk()
    {
        // 10,000 frames of 16 x 16: the writer holds one frame; the file is 10,000 IFDs long.
        var options = Small with { RoiWidth = 16, RoiHeight = 16, BiasFrames = 10_000 };
        SimulatedSession session = Run(CameraPresets.ScmosSmall, options);
        var tiff = new TinyTiffParser(File.ReadAllBytes(Path.Combine(session.Folder, "bias.ome.tif")));
        Assert.Equal(10_000, tiff.Ifds.Count);
        Assert.Equal(256, tiff.Pixels(9_999).Length);
    }

    private static SimulatedSession Run(CameraModel camera, SimulationOptions options) =>
        SessionSimulator.Run(camera, options, TestPaths.NewTempFolder("session"), camera.Name);

    private static Dictionary<string, string> Hashes(SimulatedSession session) =>
        Directory.GetFiles(session.Folder).ToDictionary(f => Path.GetFileName(f), f => Convert.ToHexString(SHA256.HashData(File.ReadAllBytes(f))));
}
