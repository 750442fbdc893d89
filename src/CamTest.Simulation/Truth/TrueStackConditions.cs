using System.Text.Json.Serialization;

namespace CamTest.Simulation.Truth;

/// <summary>One written stack and the true conditions behind it.</summary>
public sealed record TrueStackConditions
{
    [JsonPropertyName("file")] public required string File { get; init; }

    [JsonPropertyName("role")] public required string Role { get; init; }

    [JsonPropertyName("frames")] public required int Frames { get; init; }

    [JsonPropertyName("exposureMs")] public required double ExposureMs { get; init; }

    [JsonPropertyName("emGain")] public required double EmGain { get; init; }

    /// <summary>Photon flux on one output pixel, before QE.</summary>
    [JsonPropertyName("photonsPerPixelPerS")] public required double PhotonsPerPixelPerS { get; init; }

    /// <summary>Mean photoelectrons per pixel per frame from the light alone (before the well and EM gain).</summary>
    [JsonPropertyName("meanSignalE")] public required double MeanSignalE { get; init; }

    /// <summary>True when the mean light signal exceeds the saturation charge (full well or ADC).</summary>
    [JsonPropertyName("saturated")] public required bool Saturated { get; init; }

    [JsonPropertyName("frameIntervalMs")] public required double FrameIntervalMs { get; init; }

    [JsonPropertyName("frameRateHz")] public required double FrameRateHz { get; init; }
}
