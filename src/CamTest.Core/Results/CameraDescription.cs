using System.Text.Json.Serialization;

namespace CamTest.Core.Results;

/// <summary>The camera as the session manifest describes it.</summary>
public sealed record CameraDescription(
    [property: JsonPropertyName("name")] string? Name,
    [property: JsonPropertyName("sensor")] string? Sensor,
    [property: JsonPropertyName("bitDepth")] int? BitDepth,
    [property: JsonPropertyName("pixelSizeUm")] double? PixelSizeUm);
