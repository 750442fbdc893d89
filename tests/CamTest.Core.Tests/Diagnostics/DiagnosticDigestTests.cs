using CamTest.Core.Diagnostics;
using CamTest.Core.Results;

namespace CamTest.Core.Tests.Diagnostics;

public class DiagnosticDigestTests
{
    private static Diagnostic Saturated(double exposureMs, string why) =>
        GainDiagnostics.FlatSaturated.Raise($"flat_{exposureMs}ms.tif: flat at {exposureMs} ms is saturated ({why}); left out of the gain fit") with
        {
            Section = "flats",
            File = $"flat_{exposureMs}ms.tif",
            ExposureMs = exposureMs,
            Reason = why,
        };

    [Fact]
    public void Repeats_of_one_kind_collapse_into_one_line_listing_the_levels_in_exposure_order()
    {
        IReadOnlyList<ReportedDiagnostic> lines = DiagnosticReport.Of(
            [Saturated(880, "past the variance maximum"), Saturated(720, "past the variance maximum"), Saturated(960, "2.0% of pixels at the top code")]).Diagnostics;

        ReportedDiagnostic line = Assert.Single(lines);
        Assert.Equal("gain.flat-saturated", line.Code);
        Assert.Equal("warning", line.Severity);
        Assert.Equal(3, line.Count);
        Assert.Equal([720.0, 880, 960], line.ExposuresMs);
        Assert.Equal(["flat_720ms.tif", "flat_880ms.tif", "flat_960ms.tif"], line.Files);
        Assert.Equal(
            "flat levels saturated and left out of the gain fit: 720 and 880 ms (past the variance maximum); 960 ms (2.0% of pixels at the top code)",
            line.Message);
    }

    [Fact]
    public void One_instance_keeps_its_own_message()
    {
        ReportedDiagnostic line = Assert.Single(DiagnosticReport.Of([Saturated(720, "past the variance maximum")]).Diagnostics);
        Assert.Equal("flat_720ms.tif: flat at 720 ms is saturated (past the variance maximum); left out of the gain fit", line.Message);
    }

    [Fact]
    public void Lines_follow_the_session_not_the_order_they_were_raised_in()
    {
        Diagnostic hot = DarkDiagnostics.HotPixelsFewFrames.Raise("hot.tif: 2 frames") with { Section = "hotPixels", ExposureMs = 5000 };
        Diagnostic leak = BiasDiagnostics.LightLeak.Raise("bias.tif: light") with { Section = "bias" };
        Diagnostic noGain = GainDiagnostics.NoGain.Raise(GainDiagnostics.NoGain.Summary) with { Section = "gain" };
        Diagnostic moduleOwn = new DiagnosticCode("someModule.note", DiagnosticSeverity.Info, "a module's note").Raise("a module's note");

        IReadOnlyList<ReportedDiagnostic> lines = DiagnosticReport.Of([moduleOwn, hot, noGain, Saturated(720, "x"), leak]).Diagnostics;

        Assert.Equal(["bias.light-leak", "gain.flat-saturated", "gain.none", "hotPixels.few-frames", "someModule.note"], lines.Select(l => l.Code));
    }

    [Fact]
    public void Exact_repeats_are_dropped_and_info_lines_stay_out_of_warnings()
    {
        Diagnostic a = GainDiagnostics.NoGain.Raise("no gain") with { Section = "gain" };
        Diagnostic note = new DiagnosticCode("someModule.method", DiagnosticSeverity.Info, "method").Raise("the slope method was used");

        DiagnosticReport report = DiagnosticReport.Of([a, a with { }, note]);

        Assert.Equal(2, report.Diagnostics.Count);
        Assert.Equal(2, report.Diagnostics[0].Count);
        Assert.Equal(["no gain"], report.Warnings);
    }
}
