using System.Text.Json;

namespace CamTest.Cli.Tests.Emva;

/// <summary>One <c>camtest emva ... --json</c> run: exit code, the results.json document and the output folder.</summary>
public sealed class EmvaRun : IDisposable
{
    private EmvaRun(CliRun run, string folder)
    {
        Run = run;
        Folder = folder;
        Document = run.ExitCode == 0 ? JsonDocument.Parse(run.Stdout) : null;
    }

    public CliRun Run { get; }

    public string Folder { get; }

    public JsonDocument? Document { get; }

    public JsonElement Emva => Document!.RootElement.GetProperty("emva");

    /// <summary>The codes of every diagnostic (info included), as results.json's diagnostics[] lists them.</summary>
    public IReadOnlyList<string> Codes => [.. Document!.RootElement.GetProperty("diagnostics").EnumerateArray().Select(d => d.GetProperty("code").GetString()!)];

    public IReadOnlyList<JsonElement> Diagnostics => [.. Document!.RootElement.GetProperty("diagnostics").EnumerateArray()];

    public IReadOnlyList<string> Warnings => [.. Document!.RootElement.GetProperty("warnings").EnumerateArray().Select(w => w.GetString()!)];

    public static EmvaRun Of(string input, string name, params string[] extra)
    {
        string folder = Path.Combine(TestSupport.TestPaths.NewTempFolder(name), "out");
        return new EmvaRun(CliRun.Of(["emva", input, "--out", folder, "--json", .. extra]), folder);
    }

    public double Value(string key) => Emva.GetProperty(key).GetProperty("value").GetDouble();

    public double StdErr(string key) => Emva.GetProperty(key).GetProperty("stderr").GetDouble();

    public bool Has(string key) => Emva.TryGetProperty(key, out JsonElement e) && e.ValueKind != JsonValueKind.Null;

    public void Dispose() => Document?.Dispose();
}
