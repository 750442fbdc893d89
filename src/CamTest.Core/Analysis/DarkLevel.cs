using System.Text.Json.Serialization;

namespace CamTest.Core.Analysis;

/// <summary>One dark exposure reduced from a pair (or more) of dark frames, hot pixels already left out.</summary>
/// <param name="ExposureS">Exposure, seconds.</param>
/// <param name="MeanAdu">Mean dark grey value.</param>
/// <param name="MeanStdErr">Standard error of the mean (spread of frame means).</param>
/// <param name="VarianceAdu2">Temporal variance from pair differences.</param>
/// <param name="VarianceStdErr">Standard error of the variance.</param>
public sealed record DarkLevel(
    [property: JsonPropertyName("exposureS")] double ExposureS,
    [property: JsonPropertyName("meanAdu")] double MeanAdu,
    [property: JsonPropertyName("meanStdErr")] double MeanStdErr,
    [property: JsonPropertyName("varianceAdu2")] double VarianceAdu2,
    [property: JsonPropertyName("varianceStdErr")] double VarianceStdErr);
