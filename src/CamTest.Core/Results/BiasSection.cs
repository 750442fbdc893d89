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

/// <summary>
/// results.json "bias.stability": drift per frame, the largest deviation in ADU and in electrons, the 1 e- verdict. The
/// deviation in ADU is a <see cref="Quantity"/>; the contract writes it flat (<see cref="BiasStabilitySectionJsonConverter"/>),
/// its standard error added beside it as <c>maxDeviationAduStdErr</c>.
/// </summary>
/// <param name="MaxDeviationAdu">Largest |frame mean - level|, with the single-frame scatter (the drift line's residual)
/// as its error: how much of it the next stack would reproduce.</param>
[JsonConverter(typeof(BiasStabilitySectionJsonConverter))]
public sealed record BiasStabilitySection(
    Quantity Drift,
    Quantity MaxDeviationAdu,
    Quantity? MaxDeviation,
    Quantity Limit,
    bool? Pass)
{
    /// <summary>The drift line through the frame means: the mean at frame 0 (ADU) and the drift per frame.</summary>
    public FittedLineSection? Fit { get; init; }
}
