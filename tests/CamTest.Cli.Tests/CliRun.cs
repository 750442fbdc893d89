using CamTest.Cli;

namespace CamTest.Cli.Tests;

/// <summary>Runs camtest in-process and captures what it printed.</summary>
public sealed record CliRun(int ExitCode, string Stdout, string Stderr)
{
    public static CliRun Of(params string[] args)
    {
        using var stdout = new StringWriter();
        using var stderr = new StringWriter();
        int code = CamTestApp.Run(args, stdout, stderr);
        return new CliRun(code, stdout.ToString(), stderr.ToString());
    }

    /// <summary>Stderr holds exactly one line and no stack trace.</summary>
    public void AssertOneLineError(string mustContain)
    {
        string[] lines = Stderr.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.True(lines.Length == 1, $"expected one line on stderr, got {lines.Length}:\n{Stderr}");
        Assert.True(lines[0].Contains(mustContain, StringComparison.Ordinal), $"stderr does not contain '{mustContain}':\n{Stderr}");
        Assert.DoesNotContain("   at ", Stderr, StringComparison.Ordinal);
    }
}
