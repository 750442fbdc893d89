using System.Text.Json.Serialization;
using CamTest.Core.Results;
using CamTest.History.Recording;

namespace CamTest.History.Storage;

/// <summary>A run as the history holds it: its number, camera, times, conditions and figures (keyed by dotted path).</summary>
public sealed record StoredRun(
    [property: JsonPropertyName("id")] long Id,
    [property: JsonIgnore] long CameraId,
    [property: JsonPropertyName("cameraName")] string? CameraName,
    [property: JsonPropertyName("acquired")] DateTimeOffset? Acquired,
    [property: JsonPropertyName("acquiredFrom")] string? AcquiredFrom,
    [property: JsonPropertyName("analysed")] DateTimeOffset? Analysed,
    [property: JsonPropertyName("recorded")] DateTimeOffset Recorded,
    [property: JsonPropertyName("source")] string Source,
    [property: JsonPropertyName("software")] string? Software,
    [property: JsonPropertyName("conditions")] RunConditions Conditions,
    [property: JsonPropertyName("figures")] IReadOnlyDictionary<string, Figure> Figures);
