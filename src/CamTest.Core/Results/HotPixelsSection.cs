using System.Text.Json.Serialization;

namespace CamTest.Core.Results;

/// <summary>results.json "hotPixels".</summary>
public sealed record HotPixelsSection(
    [property: JsonPropertyName("count")] int Count,
    [property: JsonPropertyName("persistentCount")] int PersistentCount,
    [property: JsonPropertyName("threshold")] Quantity Threshold,
    [property: JsonPropertyName("frames")] int Frames,
    [property: JsonPropertyName("exposureMs")] double ExposureMs,
    [property: JsonPropertyName("pixels")] IReadOnlyList<HotPixelEntry> Pixels)
{
    /// <summary>Every pixel's dark rate over the long darks (bias subtracted), e-/pixel/s at the gain's value: the
    /// ordinary pixels' peak and the hot pixels' tail.</summary>
    [JsonPropertyName("darkHistogram")] public HistogramSection? DarkHistogram { get; init; }
}
