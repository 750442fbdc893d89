using System.Text.Json.Serialization;

namespace CamTest.Core.Results;

/// <summary>results.json "bias": the level and its stability over the stack (absent below 3 frames: a line through
/// two frame means says nothing about stability).</summary>
public sealed record BiasSection(
    [property: JsonPropertyName("level")] Quantity Level,
    [property: JsonPropertyName("frames")] int Frames,
    [property: JsonPropertyName("frameMeans")] IReadOnlyList<double> FrameMeans,
    [property: JsonPropertyName("stability")] BiasStabilitySection? Stability)
{
    /// <summary>The averaged bias's fixed pattern as a picture (block means, row and column profiles); null without a bias map.</summary>
    [JsonPropertyName("pattern")] public BiasPatternSection? Pattern { get; init; }
}

/// <summary>results.json "bias.stability": drift per frame, the largest deviation in electrons, the 1 e- verdict.</summary>
public sealed record BiasStabilitySection(
    [property: JsonPropertyName("drift")] Quantity Drift,
    [property: JsonPropertyName("maxDeviationAdu")] double MaxDeviationAdu,
    [property: JsonPropertyName("maxDeviation")] Quantity? MaxDeviation,
    [property: JsonPropertyName("limit")] Quantity Limit,
    [property: JsonPropertyName("pass")] bool? Pass)
{
    /// <summary>The drift line through the frame means: the mean at frame 0 (ADU) and the drift per frame.</summary>
    [JsonPropertyName("fit")] public FittedLineSection? Fit { get; init; }
}
