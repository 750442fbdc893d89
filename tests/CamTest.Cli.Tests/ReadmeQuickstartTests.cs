using System.Text.Json;
using System.Text.RegularExpressions;
using CamTest.TestSupport;

namespace CamTest.Cli.Tests;

/// <summary>The README's quick start is something a test runs: its two commands must exist and the demo must work.</summary>
public partial class ReadmeQuickstartTests
{
    [Fact]
    public void Readme_quick_start_holds_exactly_the_demo_and_the_test_command()
    {
        string readme = File.ReadAllText(Path.Combine(TestPaths.RepositoryRoot, "README.md"));
        string block = QuickStartBlock().Match(readme).Groups[1].Value;
        string[] commands = [.. block.Split('\n').Select(l => l.Split('#')[0].Trim()).Where(l => l.Length > 0)];
        Assert.Equal(["dotnet run --project src/CamTest.Cli -- demo", "dotnet test CamTest.slnx"], commands);
        Assert.Contains("dotnet test CamTest.slnx", File.ReadAllText(Path.Combine(TestPaths.RepositoryRoot, ".ci", "run")), StringComparison.Ordinal);
    }

    [Fact]
    public void The_demo_recovers_the_simulated_gain_within_its_error()
    {
        (string folder, CliRun run) = DemoRun.Default;
        Assert.Equal(0, run.ExitCode);
        using JsonDocument results = JsonDocument.Parse(File.ReadAllText(Path.Combine(folder, "results", "results.json")));
        using JsonDocument truth = JsonDocument.Parse(File.ReadAllText(Path.Combine(folder, "truth.json")));
        JsonElement gain = results.RootElement.GetProperty("gain").GetProperty("systemGain");
        double trueGain = truth.RootElement.GetProperty("gain").GetProperty("systemGain").GetProperty("value").GetDouble();
        // Within 4 of its own standard errors (a normal deviate exceeds 4 with p = 6e-5).
        Assert.InRange(trueGain, gain.GetProperty("value").GetDouble() - (4 * gain.GetProperty("stderr").GetDouble()), gain.GetProperty("value").GetDouble() + (4 * gain.GetProperty("stderr").GetDouble()));
    }

    [GeneratedRegex(@"## Quick start.*?```sh\n(.*?)```", RegexOptions.Singleline)]
    private static partial Regex QuickStartBlock();
}
