using System.Text.Json.Serialization;

namespace CamTest.Core.Results;

/// <summary>One row of results.json <c>gain.points[]</c>: a light level and the protocol's single-point gain there
/// (written flat, value and standard error side by side, as the contract has it).</summary>
public sealed record GainPoint(
    [property: JsonPropertyName("exposureMs")] double ExposureMs,
    [property: JsonPropertyName("meanAdu")] double MeanAdu,
    [property: JsonPropertyName("signalAdu")] double SignalAdu,
    [property: JsonPropertyName("varianceAdu2")] double VarianceAdu2,
    [property: JsonPropertyName("varianceStdErr")] double VarianceStdErr,
    [property: JsonPropertyName("gainEPerAdu")] double GainEPerAdu,
    [property: JsonPropertyName("gainStdErr")] double GainStdErr,
    [property: JsonPropertyName("saturated")] bool Saturated,
    [property: JsonPropertyName("inFit")] bool InFit,
    [property: JsonPropertyName("deviationPercent")] double DeviationPercent);
