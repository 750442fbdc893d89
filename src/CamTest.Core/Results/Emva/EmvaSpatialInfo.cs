using System.Text.Json.Serialization;

namespace CamTest.Core.Results;

/// <summary>What the non-uniformity figures were measured on (results.json <c>emva.spatial</c>).</summary>
public sealed record EmvaSpatialInfo
{
    [JsonPropertyName("brightExposureS")] public double? BrightExposureS { get; init; }
    [JsonPropertyName("brightPhotonsPerPixel")] public double? BrightPhotonsPerPixel { get; init; }
    [JsonPropertyName("brightFrames")] public int? BrightFrames { get; init; }
    [JsonPropertyName("brightSignalDn")] public double? BrightSignalDn { get; init; }
    [JsonPropertyName("darkExposureS")] public double? DarkExposureS { get; init; }
    [JsonPropertyName("darkFrames")] public int? DarkFrames { get; init; }
    [JsonPropertyName("darkMeanDn")] public double? DarkMeanDn { get; init; }

    /// <summary>Fraction of a white pattern's variance the R4 highpass keeps (the highpassed figures are divided by it).</summary>
    [JsonPropertyName("highPassWhiteVarianceKept")] public required double HighPassWhiteVarianceKept { get; init; }
}
