using System.Text.Json;
using CamTest.TestSupport;

namespace CamTest.Cli.Tests;

public class AnalyzeCommandTests
{
    [Fact]
    public void Analyzes_a_session_and_recovers_the_simulated_gain_and_read_noise()
    {
        var s = new SyntheticStacks(TestPaths.NewTempFolder("analyze"));
        string session = s.Session(new
        {
            camera = new { name = "synthetic", sensor = "CCD", bitDepth = 12 },
            bias = new { files = new[] { s.Write("bias.ome.tif", 20, 0) } },
            flats = new[] { 200.0, 500, 1000, 2000 }.Select((sig, i) => new { exposureMs = (i + 1) * 5.0, files = new[] { s.Write($"flat{i}.ome.tif", 4, sig, (i + 1) * 5.0) } }),
        });
        string outDir = Path.Combine(s.Folder, "out");
        CliRun run = CliRun.Of("analyze", session, "--out", outDir, "--json");
        Assert.Equal(0, run.ExitCode);
        using JsonDocument doc = JsonDocument.Parse(File.ReadAllText(Path.Combine(outDir, "results.json")));
        JsonElement r = doc.RootElement;
        Assert.Equal("camtest.results/1", r.GetProperty("schema").GetString());
        // 64x48 pixels: the bias mean of 20 frames is known to 3/sqrt(61440) = 0.01 ADU; 0.2 ADU is the issue's bound.
        Assert.InRange(r.GetProperty("bias").GetProperty("level").GetProperty("value").GetDouble(), 99.8, 100.2);
        JsonElement gain = r.GetProperty("gain").GetProperty("systemGain");
        // Four levels of 2 pairs over 3072 pixels: the fit's own error is ~1 %; compare within 4 of its stderrs.
        double g = gain.GetProperty("value").GetDouble(), se = gain.GetProperty("stderr").GetDouble();
        Assert.InRange(SyntheticStacks.Gain, g - (4 * se), g + (4 * se));
        Assert.Equal("e-/ADU", gain.GetProperty("unit").GetString());
        // Read noise: 3 ADU x 2 e-/ADU = 6 e-; 10 bias pairs over 3072 pixels, and the gain's ~1 % error, give ~1.5 %.
        JsonElement rn = r.GetProperty("readNoise").GetProperty("rms");
        Assert.InRange(rn.GetProperty("value").GetDouble(), 6 * 0.94, 6 * 1.06);
        Assert.True(File.Exists(Path.Combine(outDir, "report.html")));
        Assert.Contains("\"schema\"", run.Stdout, StringComparison.Ordinal);
        // --json prints results.json itself: the same text, serialised once.
        Assert.Equal(File.ReadAllText(Path.Combine(outDir, "results.json")).TrimEnd(), run.Stdout.TrimEnd());

        // The report holds its plots as inline SVG: nothing beside it but results.json, and no staging files. There are
        // no darks in this session, so there is no dark-current section.
        string report = File.ReadAllText(Path.Combine(outDir, "report.html"));
        Assert.Equal(["report.html", "results.json"], Directory.GetFiles(outDir).Select(Path.GetFileName).Order(StringComparer.Ordinal));
        Assert.Contains("aria-label=\"Photon transfer curve\"", report, StringComparison.Ordinal);
        Assert.Contains("aria-label=\"Bias frame means\"", report, StringComparison.Ordinal);
        Assert.DoesNotContain("<img", report, StringComparison.Ordinal);
        Assert.DoesNotContain("id=\"dark-current\"", report, StringComparison.Ordinal);
        Assert.Empty(Directory.GetFiles(outDir, "*.tmp"));
    }

    [Fact]
    public void A_fully_saturated_flat_is_left_out_with_a_warning_and_the_gain_still_measured()
    {
        var s = new SyntheticStacks(TestPaths.NewTempFolder("saturated"));
        string session = s.Session(new
        {
            camera = new { bitDepth = 12 },
            bias = new { files = new[] { s.Write("bias.ome.tif", 10, 0) } },
            flats = new object[]
            {
                new { exposureMs = 5.0, files = new[] { s.Write("f5.ome.tif", 2, 300, 5) } },
                new { exposureMs = 10.0, files = new[] { s.Write("f10.ome.tif", 2, 600, 10) } },
                new { exposureMs = 20.0, files = new[] { s.Write("f20.ome.tif", 2, 1200, 20) } },
                new { exposureMs = 400.0, files = new[] { s.Write("f400.ome.tif", 2, 30000, 400) } },
            },
        });
        string outDir = Path.Combine(s.Folder, "out");
        CliRun run = CliRun.Of("analyze", session, "--out", outDir);
        Assert.Equal(0, run.ExitCode);
        using JsonDocument doc = JsonDocument.Parse(File.ReadAllText(Path.Combine(outDir, "results.json")));
        double g = doc.RootElement.GetProperty("gain").GetProperty("systemGain").GetProperty("value").GetDouble();
        Assert.InRange(g, 1.8, 2.2);
        // The diagnostic names the saturated flat by code, file and exposure; its text is the warning the console prints.
        JsonElement saturated = Assert.Single(doc.RootElement.GetProperty("diagnostics").EnumerateArray(), d => d.GetProperty("code").GetString() == "gain.flat-saturated");
        Assert.Contains(saturated.GetProperty("files").EnumerateArray(), f => f.GetString()!.EndsWith("f400.ome.tif", StringComparison.Ordinal));
        Assert.Contains(400.0, saturated.GetProperty("exposuresMs").EnumerateArray().Select(e => e.GetDouble()));
        Assert.Contains($"warning: {saturated.GetProperty("message").GetString()}", run.Stdout, StringComparison.Ordinal);
        Assert.Contains(saturated.GetProperty("message").GetString(), doc.RootElement.GetProperty("warnings").EnumerateArray().Select(w => w.GetString()));
    }

    [Fact]
    public void Exposures_left_out_of_the_manifest_are_read_from_the_files_metadata()
    {
        // The writer records each frame's exposure in OME-XML and Micro-Manager JSON; the manifest names no exposure.
        var s = new SyntheticStacks(TestPaths.NewTempFolder("exposure-from-metadata"));
        string session = s.Session(new
        {
            camera = new { name = "metadata", bitDepth = 12 },
            bias = new { files = new[] { s.Write("bias.ome.tif", 6, 0) } },
            flats = new[] { 300.0, 900 }.Select((sig, i) => new { files = new[] { s.Write($"flat{i}.ome.tif", 2, sig, 7.5 * (i + 1)) } }),
            darks = new[] { new { files = new[] { s.Write("dark.ome.tif", 2, 10, 2500) } } },
        });
        CliRun run = CliRun.Of("analyze", session, "--out", Path.Combine(s.Folder, "out"), "--json");
        Assert.Equal(0, run.ExitCode);
        using JsonDocument doc = JsonDocument.Parse(run.Stdout);
        double[] flatExposures = [.. doc.RootElement.GetProperty("gain").GetProperty("points").EnumerateArray().Select(p => p.GetProperty("exposureMs").GetDouble())];
        Assert.Equal([7.5, 15.0], flatExposures);
        Assert.Equal(2.5, doc.RootElement.GetProperty("darkCurrent").GetProperty("points")[0].GetProperty("exposureS").GetDouble(), 12);
    }

    [Fact]
    public void A_two_frame_bias_gives_a_level_but_no_stability_figure()
    {
        var s = new SyntheticStacks(TestPaths.NewTempFolder("two-frame-bias"));
        string session = s.Session(new { camera = new { name = "short" }, bias = new { files = new[] { s.Write("bias.ome.tif", 2, 0) } } });
        CliRun run = CliRun.Of("analyze", session, "--out", Path.Combine(s.Folder, "out"), "--json");
        Assert.Equal(0, run.ExitCode);
        using JsonDocument doc = JsonDocument.Parse(run.Stdout);
        JsonElement bias = doc.RootElement.GetProperty("bias");
        Assert.True(bias.TryGetProperty("level", out _));
        Assert.False(bias.TryGetProperty("stability", out _));
    }

    [Fact]
    public void A_stated_bit_depth_below_the_data_is_raised_with_a_warning()
    {
        // 12-bit synthetic data with codes around 100..1100 stated as 8-bit: codes above 255 prove more bits.
        var s = new SyntheticStacks(TestPaths.NewTempFolder("bitdepth"));
        string session = s.Session(new
        {
            camera = new { name = "mislabelled", bitDepth = 8 },
            bias = new { files = new[] { s.Write("bias.ome.tif", 4, 0) } },
            flats = new[] { 200.0, 500, 1000 }.Select((sig, i) => new { exposureMs = (i + 1) * 5.0, files = new[] { s.Write($"f{i}.ome.tif", 2, sig, (i + 1) * 5.0) } }),
        });
        CliRun run = CliRun.Of("analyze", session, "--out", Path.Combine(s.Folder, "out"), "--json");
        Assert.Equal(0, run.ExitCode);
        using JsonDocument doc = JsonDocument.Parse(run.Stdout);
        JsonElement raised = SessionChecks.AssertDiagnostic(doc.RootElement, "camera.bit-depth-raised", null);
        Assert.Equal("camera", raised.GetProperty("section").GetString());
        Assert.True(doc.RootElement.GetProperty("camera").GetProperty("bitDepth").GetInt32() > 8);
    }

    [Theory]
    [InlineData(20.0, true)]
    [InlineData(0.0, false)]
    public void Light_in_the_bias_stack_is_reported_against_the_darks_zero(double lightAdu, bool expectWarning)
    {
        // Darks at 1 and 2 s with no dark current extrapolate to the true zero of 100 ADU; a lit bias sits above it.
        var s = new SyntheticStacks(TestPaths.NewTempFolder("light-leak"));
        string session = s.Session(new
        {
            camera = new { name = "leak" },
            bias = new { files = new[] { s.Write("bias.ome.tif", 10, lightAdu) } },
            darks = new[] { new { exposureMs = 1000.0, files = new[] { s.Write("d1.ome.tif", 2, 0, 1000) } }, new { exposureMs = 2000.0, files = new[] { s.Write("d2.ome.tif", 2, 0, 2000) } } },
        });
        CliRun run = CliRun.Of("analyze", session, "--out", Path.Combine(s.Folder, "out"), "--json");
        Assert.Equal(0, run.ExitCode);
        using JsonDocument doc = JsonDocument.Parse(run.Stdout);
        if (expectWarning)
        {
            JsonElement leak = SessionChecks.AssertDiagnostic(doc.RootElement, "bias.light-leak", "bias.ome.tif");
            Assert.Equal("bias", leak.GetProperty("section").GetString());
        }
        else
        {
            Assert.False(SessionChecks.HasDiagnostic(doc.RootElement, "bias.light-leak"));
        }
    }
}
