using System.Text.Json.Serialization;
using CamTest.History.Recording;

namespace CamTest.History.Storage;

/// <summary>A camera in the history and the span of its runs.</summary>
public sealed record CameraSummary(
    [property: JsonPropertyName("id")] long Id,
    [property: JsonPropertyName("camera")] CameraIdentity Camera,
    [property: JsonPropertyName("runs")] int Runs,
    [property: JsonPropertyName("firstAcquired")] DateTimeOffset? FirstAcquired,
    [property: JsonPropertyName("lastAcquired")] DateTimeOffset? LastAcquired);
