using CamTest.TestSupport;

namespace CamTest.Cli.Tests;

/// <summary>
/// One <c>camtest demo</c> run shared by the tests that check what it wrote and printed: a demo simulates and analyses
/// a whole session (tens of seconds on 2 cores), and the same seed gives the same run every time.
/// </summary>
public sealed record DemoRun(string Folder, CliRun Run)
{
    private static readonly Lazy<DemoRun> Shared = new(() =>
    {
        string folder = Path.Combine(TestPaths.NewTempFolder("cli-demo"), "demo");
        return new DemoRun(folder, CliRun.Of("demo", "--out", folder));
    });

    public static DemoRun Default => Shared.Value;
}
