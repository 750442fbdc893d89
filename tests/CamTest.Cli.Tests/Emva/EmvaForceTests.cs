using CamTest.Simulation.Emva;
using CamTest.TestSupport;

namespace CamTest.Cli.Tests.Emva;

/// <summary>emva, like analyze, never silently replaces an earlier run's results.json and data sheet.</summary>
public class EmvaForceTests
{
    [Fact]
    public void A_second_run_into_the_same_folder_is_refused_without_force_and_replaces_with_it()
    {
        EmvaSimulatedMeasurement m = SimulatedEmva.Write("emva-force", new EmvaSimulationOptions { Points = 8, SpatialFrames = 0 });
        string outDir = TestPaths.NewTempFolder("emva-force-out");
        Assert.Equal(0, CliRun.Of("emva", m.DescriptorPath, "--out", outDir).ExitCode);
        string results = Path.Combine(outDir, "results.json");
        File.WriteAllText(results, "{\"earlier\": true}");

        CliRun refused = CliRun.Of("emva", m.DescriptorPath, "--out", outDir);
        Assert.Equal(2, refused.ExitCode);
        refused.AssertOneLineError("already holds results.json and report.html from an earlier run; add --force to replace them");
        Assert.Equal("{\"earlier\": true}", File.ReadAllText(results));

        CliRun forced = CliRun.Of("emva", m.DescriptorPath, "--out", outDir, "--force");
        Assert.True(forced.ExitCode == 0, forced.Stderr);
        Assert.Contains("\"emva\"", File.ReadAllText(results), StringComparison.Ordinal);
    }
}
