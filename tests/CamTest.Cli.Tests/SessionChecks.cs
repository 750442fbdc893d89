using System.Text.Json;
using CamTest.Core.Diagnostics;

namespace CamTest.Cli.Tests;

/// <summary>
/// What tests assert on a run: the exit code, the diagnostic code, and the file it names; on the one stderr line of a
/// refusal ("camtest: FILE: problem [code]"), or in results.json's diagnostics[] (issue 9: tests assert on codes, not
/// on the wording of a message).
/// </summary>
public static class SessionChecks
{
    /// <summary>Exit 2, one line naming <paramref name="file"/> and ending in the code, and no results left behind.</summary>
    public static void AssertRefused(CliRun run, string code, string file, string outDir)
    {
        AssertRefused(run, code, file);
        Assert.False(File.Exists(Path.Combine(outDir, "results.json")), "no results.json may be left behind");
    }

    /// <summary>Exit 2 and one line naming <paramref name="file"/> and ending in the code (a command that writes no folder).</summary>
    public static void AssertRefused(CliRun run, string code, string file)
    {
        Assert.NotNull(DiagnosticCatalog.Find(code));
        Assert.Equal(2, run.ExitCode);
        run.AssertOneLineError($"[{code}]");
        Assert.Contains(file, run.Stderr, StringComparison.Ordinal);
    }

    /// <summary>Exit 0 and the results (from --json), for the diagnostics to be checked.</summary>
    public static JsonElement Results(CliRun run)
    {
        Assert.True(run.ExitCode == 0, run.Stderr);
        using JsonDocument doc = JsonDocument.Parse(run.Stdout);
        return doc.RootElement.Clone();
    }

    /// <summary>The one diagnostic of <paramref name="code"/>, which names <paramref name="file"/> among its files.</summary>
    public static JsonElement AssertDiagnostic(JsonElement results, string code, string? file)
    {
        Assert.NotNull(DiagnosticCatalog.Find(code));
        JsonElement d = Assert.Single(results.GetProperty("diagnostics").EnumerateArray(), e => e.GetProperty("code").GetString() == code);
        if (file is not null)
        {
            Assert.Contains(d.GetProperty("files").EnumerateArray(), f => Path.GetFileName(f.GetString()) == file);
            Assert.Contains(file, d.GetProperty("message").GetString(), StringComparison.Ordinal);
        }

        return d;
    }

    /// <summary>The one diagnostic of <paramref name="code"/> about <paramref name="section"/> (for a code raised per figure,
    /// such as emva.not-resolved, whose section is the figure's results key, e.g. "emva.dsnuSplit.pixel").</summary>
    public static JsonElement AssertDiagnosticOn(JsonElement results, string code, string section)
    {
        Assert.NotNull(DiagnosticCatalog.Find(code));
        return Assert.Single(results.GetProperty("diagnostics").EnumerateArray(),
            e => e.GetProperty("code").GetString() == code && e.GetProperty("section").GetString() == section);
    }

    public static bool HasDiagnostic(JsonElement results, string code) =>
        results.GetProperty("diagnostics").EnumerateArray().Any(e => e.GetProperty("code").GetString() == code);
}
