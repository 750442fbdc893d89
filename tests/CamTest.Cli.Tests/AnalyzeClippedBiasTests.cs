using System.Text.Json;
using CamTest.TestSupport;

namespace CamTest.Cli.Tests;

/// <summary>
/// An offset too low for the noise cuts the noise off at code 0 (some cameras clamp their bias on chip): the bias level
/// and read noise then read low, and the analysis must say so rather than report them as if sound.
/// </summary>
public class AnalyzeClippedBiasTests
{
    [Theory]
    [InlineData(-99, true)] // mean 1 ADU, noise 3 ADU: about 37 % of values at or below 0
    [InlineData(0, false)]  // mean 100 ADU, noise 3 ADU: 33 sigma above 0, none
    public void A_bias_whose_noise_is_cut_off_at_code_0_is_named(double offsetShiftAdu, bool warned)
    {
        var s = new SyntheticStacks(TestPaths.NewTempFolder("clipped-bias"));
        string session = s.Session(new
        {
            camera = new { name = "clipped" },
            bias = new { files = new[] { s.Write("bias.ome.tif", 4, offsetShiftAdu) } },
            flats = new[] { new { exposureMs = 5.0, files = new[] { s.Write("f5.ome.tif", 2, 400, 5) } }, new { exposureMs = 10.0, files = new[] { s.Write("f10.ome.tif", 2, 800, 10) } } },
        });

        CliRun run = CliRun.Of("analyze", session, "--out", Path.Combine(s.Folder, "out"), "--json");
        Assert.True(run.ExitCode == 0, run.Stderr);
        using JsonDocument doc = JsonDocument.Parse(run.Stdout);
        if (warned)
        {
            JsonElement clipped = SessionChecks.AssertDiagnostic(doc.RootElement, "bias.bottom-code-clipped", "bias.ome.tif");
            Assert.Equal("bias", clipped.GetProperty("section").GetString());
        }
        else
        {
            Assert.False(SessionChecks.HasDiagnostic(doc.RootElement, "bias.bottom-code-clipped"));
        }
    }
}
