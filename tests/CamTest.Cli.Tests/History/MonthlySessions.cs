using CamTest.TestSupport;

namespace CamTest.Cli.Tests.History;

/// <summary>
/// Four monthly sessions of a small simulated EMCCD that wears ("worn": EM gain -3 %, hot pixels, dark current, bias
/// +0.5 ADU a month), simulated through the CLI once and shared by the tests that record them.
/// </summary>
public sealed class MonthlySessions
{
    public const int Months = 4;

    public MonthlySessions()
    {
        Folder = TestPaths.NewTempFolder("monthly");
        Sessions = [.. Enumerable.Range(0, Months).Select(m =>
        {
            string dir = Path.Combine(Folder, $"m{m}");
            CliRun run = CliRun.Of("simulate", "--camera", "emccd-512", "--out", dir, "--width", "64", "--height", "64", "--bias-frames", "20",
                "--seed", "21", "--month", m.ToString(System.Globalization.CultureInfo.InvariantCulture), "--ageing", "worn");
            Assert.True(run.ExitCode == 0, run.Stderr);
            return Path.Combine(dir, "session.json");
        })];
    }

    public string Folder { get; }

    public IReadOnlyList<string> Sessions { get; }
}
