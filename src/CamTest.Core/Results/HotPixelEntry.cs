using System.Text.Json.Serialization;

namespace CamTest.Core.Results;

/// <summary>results.json "hotPixels.pixels[]": one listed hot pixel, where it is, how fast it fills (e-/pixel/s) and in
/// how many of the long darks it stood out.</summary>
public sealed record HotPixelEntry(
    [property: JsonPropertyName("x")] int X,
    [property: JsonPropertyName("y")] int Y,
    [property: JsonPropertyName("rateEPerS")] double RateEPerS,
    [property: JsonPropertyName("framesHot")] int FramesHot);
