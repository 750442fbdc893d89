using System.Text.Json.Serialization;

namespace CamTest.Core.Results;

/// <summary>One row of results.json <c>darkCurrent.points[]</c>: a dark exposure's mean and temporal variance, hot pixels
/// left out (written flat, value and standard error side by side, as the contract has it).</summary>
public sealed record DarkCurrentPoint(
    [property: JsonPropertyName("exposureS")] double ExposureS,
    [property: JsonPropertyName("meanAdu")] double MeanAdu,
    [property: JsonPropertyName("meanStdErr")] double MeanStdErr,
    [property: JsonPropertyName("varianceAdu2")] double VarianceAdu2,
    [property: JsonPropertyName("varianceStdErr")] double VarianceStdErr);
