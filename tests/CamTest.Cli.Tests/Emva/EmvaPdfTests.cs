using CamTest.Reporting;
using CamTest.Simulation.Emva;
using CamTest.TestSupport;

namespace CamTest.Cli.Tests.Emva;

/// <summary>
/// <c>camtest emva ... --pdf</c> prints the data sheet with headless Chromium (installed on the development and CI
/// machines). Both cases live in one class: the missing-browser case sets CAMTEST_CHROMIUM, which no other test reads.
/// </summary>
public class EmvaPdfTests
{
    [ChromiumFact]
    public void Pdf_prints_the_data_sheet_beside_the_html()
    {
        EmvaSimulatedMeasurement m = SimulatedEmva.Write("emva-pdf", new EmvaSimulationOptions { Points = 12, SpatialFrames = 4 });
        using EmvaRun r = EmvaRun.Of(m.DescriptorPath, "emva-pdf-out", "--pdf");

        Assert.Equal(0, r.Run.ExitCode);
        byte[] pdf = File.ReadAllBytes(Path.Combine(r.Folder, "report.pdf"));
        Assert.True(pdf.Length > 10_000, $"report.pdf is only {pdf.Length} bytes");
        Assert.Equal("%PDF", System.Text.Encoding.ASCII.GetString(pdf, 0, 4));
        Assert.True(File.Exists(Path.Combine(r.Folder, "report.html")));
    }

    [Fact]
    public void Pdf_without_a_browser_is_one_clear_line_and_exit_2_before_any_work()
    {
        EmvaSimulatedMeasurement m = SimulatedEmva.Write("emva-nopdf", new EmvaSimulationOptions { Points = 6, SpatialFrames = 0 });
        string outDir = Path.Combine(Path.GetDirectoryName(m.DescriptorPath)!, "out");
        Environment.SetEnvironmentVariable("CAMTEST_CHROMIUM", "/nonexistent/chromium");
        try
        {
            CliRun run = CliRun.Of("emva", m.DescriptorPath, "--out", outDir, "--pdf");
            Assert.Equal(2, run.ExitCode);
            run.AssertOneLineError("--pdf needs headless Chromium");
            Assert.False(File.Exists(Path.Combine(outDir, "results.json")));
        }
        finally
        {
            Environment.SetEnvironmentVariable("CAMTEST_CHROMIUM", null);
        }
    }
}
