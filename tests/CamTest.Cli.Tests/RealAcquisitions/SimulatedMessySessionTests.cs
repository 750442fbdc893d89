using System.Text.Json;
using System.Text.Json.Nodes;
using CamTest.TestSupport;

namespace CamTest.Cli.Tests.RealAcquisitions;

/// <summary>
/// A simulated 12-bit astronomy CMOS session (camtest simulate, seed 3) and the messy variants a real acquisition
/// makes of it give the same gain and read noise, within their errors, as the clean session.
/// </summary>
public class SimulatedMessySessionTests
{
    private const string Preset = "astro-cmos";

    private static (double Value, double StdErr) Figure(JsonElement r, string section, string name)
    {
        JsonElement q = r.GetProperty(section).GetProperty(name);
        return (q.GetProperty("value").GetDouble(), q.GetProperty("stderr").GetDouble());
    }

    private static JsonElement Analyze(SimulatedSessionCopy sim, string session) =>
        SessionChecks.Results(CliRun.Of("analyze", session, "--out", Path.Combine(sim.Folder, Path.GetFileNameWithoutExtension(session)), "--json"));

    /// <summary>Two estimates agree when they are within 3 combined standard errors (they share data, so this is loose).</summary>
    private static void AssertAgree((double Value, double StdErr) a, (double Value, double StdErr) b, string what) =>
        Assert.True(Math.Abs(a.Value - b.Value) <= 3 * Math.Sqrt((a.StdErr * a.StdErr) + (b.StdErr * b.StdErr)),
            $"{what}: {a.Value} ± {a.StdErr} against {b.Value} ± {b.StdErr}");

    [Fact]
    public void A_duplicated_dark_and_flat_exposure_give_the_clean_gain_and_read_noise()
    {
        string root = TestPaths.NewTempFolder("sim-duplicated");
        SimulatedSessionCopy sim = SimulatedSessionCopy.Simulate(Path.Combine(root, "a"), Preset, 3);
        SimulatedSessionCopy again = SimulatedSessionCopy.Simulate(Path.Combine(root, "b"), Preset, 4);
        JsonElement clean = Analyze(sim, sim.SessionPath);

        // The second acquisition's 220.1 s dark and 80 ms flat, listed as entries of their own at the same exposures.
        JsonObject m = sim.Manifest();
        m["darks"]!.AsArray().Add(SimulatedSessionCopy.Entry(220100, Path.Combine(again.Folder, "dark_220100ms.ome.tif")));
        m["flats"]!.AsArray().Add(SimulatedSessionCopy.Entry(80, Path.Combine(again.Folder, "flat_0080ms.ome.tif")));
        JsonElement messy = Analyze(sim, sim.Write(m, "duplicated.json"));

        SessionChecks.AssertDiagnostic(messy, "session.exposures-merged", "dark_220100ms.ome.tif");
        Assert.Equal(4, messy.GetProperty("darkCurrent").GetProperty("points").GetArrayLength());
        AssertAgree(Figure(messy, "gain", "systemGain"), Figure(clean, "gain", "systemGain"), "gain");
        AssertAgree(Figure(messy, "readNoise", "rms"), Figure(clean, "readNoise", "rms"), "read noise");
    }

    [Fact]
    public void A_one_frame_bias_with_a_0_ms_dark_pair_gives_the_clean_gain_and_read_noise()
    {
        SimulatedSessionCopy sim = SimulatedSessionCopy.Simulate(TestPaths.NewTempFolder("sim-one-frame-bias"), Preset, 3);
        JsonElement clean = Analyze(sim, sim.SessionPath);

        // Bias frame 0 alone as the bias; frames 1 and 2 as a 0 ms dark pair beside the long darks.
        JsonObject m = sim.Manifest();
        m["bias"] = SimulatedSessionCopy.Entry(0, sim.Copy("bias.ome.tif", "bias_one.ome.tif", [0]));
        m["darks"]!.AsArray().Insert(0, SimulatedSessionCopy.Entry(0, sim.Copy("bias.ome.tif", "dark_0ms.ome.tif", [1, 2])));
        JsonElement messy = Analyze(sim, sim.Write(m, "one-frame-bias.json"));

        SessionChecks.AssertDiagnostic(messy, "readNoise.from-dark-pair", "dark_0ms.ome.tif");
        Assert.Equal(0.0, messy.GetProperty("readNoise").GetProperty("fromDarkPairMs").GetDouble());
        Assert.Equal(1, messy.GetProperty("bias").GetProperty("frames").GetInt32());
        AssertAgree(Figure(messy, "gain", "systemGain"), Figure(clean, "gain", "systemGain"), "gain");
        AssertAgree(Figure(messy, "readNoise", "rms"), Figure(clean, "readNoise", "rms"), "read noise");
    }

    [Fact]
    public void Left_shifted_12_bit_data_are_detected_and_give_the_clean_figures_in_native_adu()
    {
        SimulatedSessionCopy sim = SimulatedSessionCopy.Simulate(TestPaths.NewTempFolder("sim-left-shifted"), Preset, 3);
        JsonElement clean = Analyze(sim, sim.SessionPath);

        // Every stack as a 12-bit ADC in 16-bit words (codes x 16), and the camera stated as the 16-bit words it delivers.
        JsonObject m = sim.Manifest();
        m["camera"]!["bitDepth"] = 16;
        foreach (JsonNode? entry in m["flats"]!.AsArray().Concat(m["darks"]!.AsArray()).Append(m["bias"]).Append(m["hotPixels"]))
        {
            JsonArray files = entry!["files"]!.AsArray();
            string shifted = sim.Copy(files[0]!.GetValue<string>(), "shifted_" + files[0]!.GetValue<string>(), shift: 4);
            entry["files"] = new JsonArray(shifted);
        }

        JsonElement messy = Analyze(sim, sim.Write(m, "left-shifted.json"));
        SessionChecks.AssertDiagnostic(messy, "camera.left-shifted", null);
        Assert.Equal(4, messy.GetProperty("camera").GetProperty("leftShiftBits").GetInt32());
        Assert.Equal(12, messy.GetProperty("camera").GetProperty("bitDepth").GetInt32());
        // Shifting back is exact, so the figures are the clean ones to rounding (not merely within their errors).
        Assert.Equal(Figure(clean, "gain", "systemGain").Value, Figure(messy, "gain", "systemGain").Value, 1e-9);
        Assert.Equal(Figure(clean, "readNoise", "rms").Value, Figure(messy, "readNoise", "rms").Value, 1e-9);
    }
}
