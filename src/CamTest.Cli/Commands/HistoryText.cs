using System.Globalization;
using CamTest.History.Recording;
using CamTest.History.Storage;
using CamTest.Reporting;

namespace CamTest.Cli.Commands;

/// <summary>How the history commands write times and figures on the console.</summary>
public static class HistoryText
{
    /// <summary>The figures "history show" puts in its table, when a run has them.</summary>
    public static IReadOnlyList<string> Headline { get; } =
        ["gain.systemGain", "readNoise.rms", "darkCurrent.rate", "hotPixels.count", "bias.level", "emGain.factor"];

    public static string Day(DateTimeOffset? time) =>
        time?.UtcDateTime.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? "unknown";

    public static string Figure(StoredRun run, string key) =>
        run.Figures.TryGetValue(key, out Figure? f) ? HistoryQuantityText.Of(f.Value, f.StdErr, f.Unit) : "—";
}
