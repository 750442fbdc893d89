using System.Text.Json.Serialization;
using CamTest.Core.Results;
using CamTest.History.Recording;
using CamTest.History.Storage;

namespace CamTest.History.Trends;

/// <summary>
/// A camera's history as <c>camtest history trend</c> shows it (and prints with --json): the runs in time order with
/// their figures, every figure's series with its fitted trend, the alarms, and notes on runs left out.
/// </summary>
/// <param name="Notes">The texts of <see cref="Diagnostics"/>, as results.json's "warnings[]" are of its diagnostics.</param>
public sealed record CameraTrend(
    [property: JsonPropertyName("camera")] CameraIdentity Camera,
    [property: JsonPropertyName("runs")] IReadOnlyList<StoredRun> Runs,
    [property: JsonPropertyName("trends")] IReadOnlyList<TrendSeries> Trends,
    [property: JsonPropertyName("alarms")] IReadOnlyList<Alarm> Alarms,
    [property: JsonPropertyName("settings")] TrendSettings Settings,
    [property: JsonPropertyName("notes")] IReadOnlyList<string> Notes)
{
    /// <summary>The notes with their codes (e.g. <see cref="HistoryDiagnostics.UndatedRun"/>), sections and files.</summary>
    [JsonPropertyName("diagnostics")] public IReadOnlyList<ReportedDiagnostic> Diagnostics { get; init; } = [];
}
