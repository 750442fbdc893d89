using System.Text.Json.Serialization;

namespace CamTest.Core.Results;

/// <summary>
/// A defect-pixel histogram of EMVA 1288: how many pixels of an averaged image deviate from its mean by each amount
/// (logarithmic count axis, so that the few defects show beside the many ordinary pixels), with the normal distribution
/// of the same standard deviation for comparison; and the accumulated form, the percentage of pixels whose absolute
/// deviation is at least each amount. Counted by <c>Emva.EmvaHistogramCounter</c>, written by <c>ResultsMapper.Emva</c>.
/// </summary>
public sealed record EmvaHistogram(
    [property: JsonPropertyName("binLower")] IReadOnlyList<double> BinLower,
    [property: JsonPropertyName("binWidth")] double BinWidth,
    [property: JsonPropertyName("counts")] IReadOnlyList<long> Counts,
    [property: JsonPropertyName("normalModel")] IReadOnlyList<double> NormalModel,
    [property: JsonPropertyName("accumulatedFrom")] IReadOnlyList<double> AccumulatedFrom,
    [property: JsonPropertyName("accumulatedPercent")] IReadOnlyList<double> AccumulatedPercent,
    [property: JsonPropertyName("unit")] Unit Unit);
