using System.Text.Json.Serialization;
using CamTest.Core.Analysis;

namespace CamTest.Core.Results;

/// <summary>results.json "hotPixels".</summary>
public sealed record HotPixelsSection(
    [property: JsonPropertyName("count")] int Count,
    [property: JsonPropertyName("persistentCount")] int PersistentCount,
    [property: JsonPropertyName("threshold")] Quantity Threshold,
    [property: JsonPropertyName("frames")] int Frames,
    [property: JsonPropertyName("exposureMs")] double ExposureMs,
    [property: JsonPropertyName("pixels")] IReadOnlyList<HotPixel> Pixels);
