using System.Text.Json.Serialization;

namespace CamTest.Core.Analysis;

/// <summary>One hot pixel: where it is, how fast it fills, and in how many of the long darks it stood out.</summary>
public sealed record HotPixel(
    [property: JsonPropertyName("x")] int X,
    [property: JsonPropertyName("y")] int Y,
    [property: JsonPropertyName("rateEPerS")] double RateEPerS,
    [property: JsonPropertyName("framesHot")] int FramesHot);
