using System.Text.Json.Serialization;

namespace CamTest.History.Recording;

/// <summary>One figure of a run as the history keeps it: its dotted results.json key, value, standard error and unit.</summary>
/// <param name="Key">The figure's path in results.json, e.g. "gain.systemGain", "emGain.factor", "hotPixels.count".</param>
/// <param name="StdErr">Null where results.json gives none.</param>
public sealed record Figure(
    [property: JsonIgnore] string Key,
    [property: JsonPropertyName("value")] double Value,
    [property: JsonPropertyName("unit")] string Unit,
    [property: JsonPropertyName("stderr")] double? StdErr);
