using CamTest.TestSupport;

namespace CamTest.Cli.Tests;

/// <summary>analyze never silently replaces an earlier run's results.json and report.html.</summary>
public class AnalyzeForceTests
{
    [Fact]
    public void A_second_analyze_into_the_same_folder_is_refused_without_force_and_replaces_with_it()
    {
        var s = new SyntheticStacks(TestPaths.NewTempFolder("analyze-force"), width: 16, height: 12);
        string session = s.Session(new
        {
            camera = new { name = "synthetic", sensor = "sCMOS", bitDepth = 12 },
            bias = new { files = new[] { s.Write("bias.ome.tif", 4, 0) } },
            flats = new object[]
            {
                new { exposureMs = 5.0, files = new[] { s.Write("f5.ome.tif", 2, 300, 5) } },
                new { exposureMs = 10.0, files = new[] { s.Write("f10.ome.tif", 2, 600, 10) } },
                new { exposureMs = 20.0, files = new[] { s.Write("f20.ome.tif", 2, 1200, 20) } },
            },
        });
        string outDir = Path.Combine(s.Folder, "out");
        Assert.Equal(0, CliRun.Of("analyze", session, "--out", outDir).ExitCode);
        string results = Path.Combine(outDir, "results.json");
        File.WriteAllText(results, "{\"earlier\": true}");

        CliRun refused = CliRun.Of("analyze", session, "--out", outDir);
        Assert.Equal(2, refused.ExitCode);
        refused.AssertOneLineError("already holds results.json and report.html from an earlier run; add --force to replace them");
        Assert.Equal("{\"earlier\": true}", File.ReadAllText(results));

        CliRun forced = CliRun.Of("analyze", session, "--out", outDir, "--force");
        Assert.True(forced.ExitCode == 0, forced.Stderr);
        Assert.Contains("\"schema\"", File.ReadAllText(results), StringComparison.Ordinal);
    }
}
