using System.Text.Json;
using CamTest.TestSupport;

namespace CamTest.Cli.Tests;

/// <summary>
/// Sessions that hold only part of the protocol still give what their data allow (GUIDE section 2: "analyses run for
/// what is present"), and say what they could not give.
/// </summary>
public class AnalyzePartialSessionTests
{
    private static readonly object Camera = new { name = "partial", bitDepth = 12 };

    [Fact]
    public void Darks_alone_give_the_dark_current_in_adu_and_say_why_not_in_electrons()
    {
        var s = new SyntheticStacks(TestPaths.NewTempFolder("darks-only"), width: 128, height: 128);
        // 3 ADU per second above the bias: 1 s -> 3 ADU, 2 s -> 6 ADU, 4 s -> 12 ADU.
        string session = s.Session(new
        {
            camera = Camera,
            darks = new[]
            {
                new { exposureMs = 1000.0, files = new[] { s.Write("d1.ome.tif", 4, 3, 1000) } },
                new { exposureMs = 2000.0, files = new[] { s.Write("d2.ome.tif", 4, 6, 2000) } },
                new { exposureMs = 4000.0, files = new[] { s.Write("d4.ome.tif", 4, 12, 4000) } },
            },
        });

        JsonElement r = Analyze(session, s.Folder);
        JsonElement dark = r.GetProperty("darkCurrent");
        Assert.True(Absent(dark, "rate"));
        JsonElement rate = dark.GetProperty("rateAdu");
        Assert.Equal("ADU/pixel/s", rate.GetProperty("unit").GetString());
        // Each level's mean is known to 3 ADU / sqrt(4 x 16384) = 0.012 ADU, so the slope to about 0.005 ADU/s; 0.05 ADU/s
        // is 10 of those, and the regression's own stderr must cover the truth within 5 of itself.
        double value = rate.GetProperty("value").GetDouble(), err = rate.GetProperty("stderr").GetDouble();
        Assert.InRange(value, 2.95, 3.05);
        Assert.InRange(3.0, value - (5 * err), value + (5 * err));
        // The dark shot variance per second (ADU^2): 3 ADU/s of signal at gain 2 e-/ADU is 1.5 ADU^2/s.
        Assert.InRange(dark.GetProperty("rateFromNoiseAdu2").GetProperty("value").GetDouble(), 1.5 * 0.8, 1.5 * 1.2);
        JsonElement aduOnly = SessionChecks.AssertDiagnostic(r, "darkCurrent.adu-only", null);
        Assert.Equal("darkCurrent", aduOnly.GetProperty("section").GetString());
        Assert.True(File.Exists(Path.Combine(s.Folder, "out", "report.html")));
    }

    [Fact]
    public void Flats_alone_give_the_gain_from_the_slope_and_leave_out_what_needs_the_offset()
    {
        var s = new SyntheticStacks(TestPaths.NewTempFolder("flats-only"), width: 128, height: 128);
        double[] signals = [200, 400, 800, 1600, 3200];
        string session = s.Session(new
        {
            camera = Camera,
            flats = signals.Select((a, i) => new { exposureMs = 5.0 * (i + 1), files = new[] { s.Write($"f{i}.ome.tif", 6, a, 5.0 * (i + 1)) } }).ToArray(),
        });

        JsonElement r = Analyze(session, s.Folder);
        JsonElement gain = r.GetProperty("gain");
        Assert.False(gain.GetProperty("offsetSubtracted").GetBoolean());
        // Truth: 2 e-/ADU (SyntheticStacks). Each level's variance from 3 pairs of 16384 pixels is known to about
        // sqrt(2/16384/3) = 0.64 %, so the slope over five levels to well under 1 %: the fit's stderr must cover the
        // truth within 4 of itself, and be below 2 %.
        double g = gain.GetProperty("systemGain").GetProperty("value").GetDouble();
        double gErr = gain.GetProperty("systemGain").GetProperty("stderr").GetDouble();
        Assert.InRange(2.0, g - (4 * gErr), g + (4 * gErr));
        Assert.True(gErr < 0.04, $"stderr {gErr}");
        // What needs the offset is absent rather than wrong: single-point gains, signal, saturation in electrons.
        Assert.True(Absent(gain, "singlePointGain"));
        Assert.All(gain.GetProperty("points").EnumerateArray(), p => Assert.True(Absent(p, "gainEPerAdu")));
        Assert.True(Absent(r, "saturation"));
        JsonElement noOffset = SessionChecks.AssertDiagnostic(r, "gain.no-offset", null);
        Assert.Equal("flats", noOffset.GetProperty("section").GetString());
    }

    /// <summary>Left out of results.json (null figures are not written) or written as null.</summary>
    private static bool Absent(JsonElement e, string name) =>
        !e.TryGetProperty(name, out JsonElement v) || v.ValueKind == JsonValueKind.Null;

    private static JsonElement Analyze(string session, string folder)
    {
        CliRun run = CliRun.Of("analyze", session, "--out", Path.Combine(folder, "out"), "--json");
        Assert.True(run.ExitCode == 0, run.Stderr);
        return JsonDocument.Parse(run.Stdout).RootElement.Clone();
    }
}
