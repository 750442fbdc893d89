using System.Text.Json.Serialization;

namespace CamTest.IO.Session;

/// <summary>The session's <c>camera</c> section: what the user says about the camera (all fields optional).</summary>
public sealed record SessionCamera
{
    [JsonPropertyName("name")] public string? Name { get; init; }

    /// <summary>Sensor family as the user writes it ("sCMOS", "CCD", "EMCCD", "CMOS").</summary>
    [JsonPropertyName("sensor")] public string? Sensor { get; init; }

    [JsonPropertyName("bitDepth")] public int? BitDepth { get; init; }

    [JsonPropertyName("pixelSizeUm")] public double? PixelSizeUm { get; init; }

    /// <summary>The camera's serial number: with it, the history knows the camera whatever name a session gives it.</summary>
    [JsonPropertyName("serial")] public string? Serial { get; init; }

    /// <summary>The values the camera's Certificate of Performance states.</summary>
    [JsonPropertyName("stated")] public SessionStatedValues? Stated { get; init; }
}
