using System.Text.Json.Serialization;
using CamTest.Core.Analysis;

namespace CamTest.Core.Results;

/// <summary>results.json "darkCurrent": the rate (from the mean, robust to hot pixels) and the protocol's noise method.</summary>
public sealed record DarkCurrentSection(
    [property: JsonPropertyName("rate")] Quantity Rate,
    [property: JsonPropertyName("rateFromNoise")] Quantity? RateFromNoise,
    [property: JsonPropertyName("points")] IReadOnlyList<DarkLevel> Points);
