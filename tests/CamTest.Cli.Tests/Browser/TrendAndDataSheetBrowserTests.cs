using CamTest.Cli.Tests.Emva;
using CamTest.Cli.Tests.History;
using CamTest.Core.Results;
using CamTest.Reporting;
using CamTest.Reporting.Json;
using CamTest.Simulation.Emva;
using CamTest.TestSupport;

namespace CamTest.Cli.Tests.Browser;

/// <summary>
/// The pages camtest writes besides the report, opened in Debian's Chromium through Playwright: the camera history's
/// trend page (issue 15) and the EMVA 1288 data sheet with its printed PDF.
/// </summary>
public sealed class TrendAndDataSheetBrowserTests(MonthlySessions sessions) : IClassFixture<MonthlySessions>
{
    [ChromiumFact]
    public void The_trend_page_loads_offline_without_errors_and_draws_every_figure_with_each_run()
    {
        string folder = TestPaths.NewTempFolder("browser-trend");
        string db = Path.Combine(folder, "history.db");
        foreach ((string session, int m) in sessions.Sessions.Select((s, m) => (s, m)))
        {
            CliRun analyze = CliRun.Of("analyze", session, "--out", Path.Combine(folder, $"r{m}"), "--record", "--db", db);
            Assert.True(analyze.ExitCode == 0, analyze.Stderr);
        }

        string page = Path.Combine(folder, "trend.html");
        CliRun trend = CliRun.Of("history", "trend", "SIM-emccd-512-21", "--out", page, "--db", db);
        Assert.True(trend.ExitCode == 0, trend.Stderr);

        BrowserPage browser = BrowserPage.Open(page);

        browser.AssertDrawnOffline(minPlots: 10);
        // Every trend plot shows one point per run that measured the figure: the four months for most of them.
        Assert.All(browser.Svgs, svg => Assert.Equal("trend-plot", svg.ClassName));
        Assert.True(browser.Svgs.Count(svg => svg.Points == MonthlySessions.Months) >= 10, string.Join(", ", browser.Svgs.Select(s => $"{s.Label}: {s.Points}")));
    }

    [ChromiumFact]
    public void The_emva_data_sheet_loads_offline_with_every_plot_drawn_and_its_pdf_states_the_gain()
    {
        EmvaSimulatedMeasurement m = SimulatedEmva.Write("browser-emva", new EmvaSimulationOptions { Points = 12, SpatialFrames = 4 });
        using EmvaRun run = EmvaRun.Of(m.DescriptorPath, "browser-emva-out", "--pdf");
        Assert.True(run.Run.ExitCode == 0, run.Run.Stderr);

        BrowserPage browser = BrowserPage.Open(Path.Combine(run.Folder, "report.html"));
        PdfText pdf = PdfText.Of(Path.Combine(run.Folder, "report.pdf"));

        browser.AssertDrawnOffline(minPlots: 4);
        CameraResults results = ResultsJson.Deserialize(File.ReadAllText(Path.Combine(run.Folder, "results.json")));
        Assert.True(pdf.Pages >= 1);
        string gain = QuantityText.Number(results.Emva!.SystemGain!);
        Assert.Contains(gain, pdf.Text, StringComparison.Ordinal);
    }
}
