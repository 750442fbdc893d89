using System.Text.Json;
using CamTest.TestSupport;

namespace CamTest.Cli.Tests;

/// <summary>
/// Where the frame rate comes from: the fastest stack that is not a dark (the bias at zero exposure), never the long
/// darks, whose 5 s exposure sets their interval (they would read 0.2 fps). SyntheticStacks time-stamps frame i at
/// i x (exposure + 10 ms), so the bias runs at 100 fps and the long darks at one frame per 5.01 s.
/// </summary>
public class AnalyzeTimingSourceTests
{
    private readonly SyntheticStacks _s = new(TestPaths.NewTempFolder("timing-source"));

    private static readonly object Camera = new { name = "timing test", bitDepth = 12 };

    private JsonElement Analyze(string session, out string report)
    {
        string outDir = Path.Combine(_s.Folder, "out");
        CliRun run = CliRun.Of("analyze", session, "--out", outDir);
        Assert.True(run.ExitCode == 0, run.Stderr);
        report = File.ReadAllText(Path.Combine(outDir, "report.html"));
        using JsonDocument doc = JsonDocument.Parse(File.ReadAllText(Path.Combine(outDir, "results.json")));
        return doc.RootElement.Clone();
    }

    [Fact]
    public void The_frame_rate_comes_from_the_fast_bias_and_not_from_the_5_s_long_darks()
    {
        string session = _s.Session(new
        {
            camera = Camera,
            bias = new { files = new[] { _s.Write("bias.ome.tif", 10, 0) } },
            flats = new[]
            {
                new { exposureMs = 5.0, files = new[] { _s.Write("flat5.ome.tif", 2, 300, 5) } },
                new { exposureMs = 10.0, files = new[] { _s.Write("flat10.ome.tif", 2, 600, 10) } },
                new { exposureMs = 20.0, files = new[] { _s.Write("flat20.ome.tif", 2, 1200, 20) } },
            },
            hotPixels = new { exposureMs = 5000.0, files = new[] { _s.Write("longdark.ome.tif", 10, 0, 5000) } },
        });

        JsonElement timing = Analyze(session, out string report).GetProperty("timing");

        Assert.Equal("bias.ome.tif", timing.GetProperty("stack").GetString());
        // Intervals of exactly 10 ms: the rate is 100 fps to the digits a double keeps.
        Assert.Equal(100, timing.GetProperty("frameRate").GetProperty("value").GetDouble(), 6);
        Assert.Equal(10, timing.GetProperty("readoutTime").GetProperty("value").GetDouble(), 6);
        Assert.Contains("timestamps of bias.ome.tif", report, StringComparison.Ordinal);
        Assert.DoesNotContain("longdark.ome.tif timestamps", report, StringComparison.Ordinal);
    }

    [Fact]
    public void When_only_the_long_darks_carry_timestamps_no_frame_rate_is_given_and_the_reason_is_said()
    {
        // The bias as calibration maps (no frames, no timestamps); the long darks are the only timed stack.
        string offset = _s.Write("offset.ome.tif", 1, 0), noise = _s.Write("noise.ome.tif", 1, -97);
        string session = _s.Session(new
        {
            camera = Camera,
            bias = new { offsetMap = offset, readNoiseMap = noise },
            hotPixels = new { exposureMs = 5000.0, files = new[] { _s.Write("longdark.ome.tif", 10, 0, 5000) } },
        });

        JsonElement results = Analyze(session, out string report);

        Assert.False(results.TryGetProperty("timing", out JsonElement t) && t.ValueKind != JsonValueKind.Null, "no frame rate from a 5 s long-dark stack");
        Assert.Contains(results.GetProperty("diagnostics").EnumerateArray(), d => d.GetProperty("code").GetString() == "timing.only-dark-stacks");
        Assert.DoesNotContain("fps", report, StringComparison.Ordinal);
    }
}
