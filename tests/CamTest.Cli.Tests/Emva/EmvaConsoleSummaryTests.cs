using CamTest.Core.Diagnostics;
using CamTest.Core.Emva;
using CamTest.Core.Results;

namespace CamTest.Cli.Tests.Emva;

public class EmvaConsoleSummaryTests
{
    [Fact]
    public void The_emva_summary_prints_the_collapsed_warnings_of_results_json_not_the_raw_diagnostics()
    {
        // What an analysis can raise: one kind at two exposures, the same note twice, and information.
        Diagnostic[] raised =
        [
            EmvaDiagnostics.Note(EmvaDiagnostics.DarkInterpolated, "the bright point at 20 ms has no dark pair") with { ExposureMs = 20 },
            EmvaDiagnostics.Note(EmvaDiagnostics.DarkInterpolated, "the bright point at 10 ms has no dark pair") with { ExposureMs = 10 },
            EmvaDiagnostics.FigureNotResolved("dsnuPixel", "DSNU pixel part not resolved"),
            EmvaDiagnostics.FigureNotResolved("dsnuPixel", "DSNU pixel part not resolved"),
            EmvaDiagnostics.Note(EmvaDiagnostics.RepeatedPoint, "2 bright point(s) taken in more than one entry"),
        ];
        DiagnosticReport report = DiagnosticReport.Of(raised);
        var results = new CameraResults { Emva = new EmvaSection { Source = "test" }, Diagnostics = report.Diagnostics, Warnings = report.Warnings };

        var output = new StringWriter();
        EmvaConsoleSummary.Write(output, results);
        string[] warnings = [.. output.ToString().Split(Environment.NewLine).Where(l => l.StartsWith("warning: ", StringComparison.Ordinal))];

        // The two levels in one line, in exposure order; the repeat once; the information left to results.json; in the
        // digest's session order (a figure's section before the analysis-wide one).
        Assert.Equal([.. results.Warnings.Select(w => $"warning: {w}")], warnings);
        Assert.Equal(
            ["warning: DSNU pixel part not resolved", "warning: bright points without a dark pair at their exposure: their dark level comes from the dark series: 10 and 20 ms"],
            warnings);
    }
}
