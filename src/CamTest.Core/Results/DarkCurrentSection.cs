using System.Text.Json.Serialization;

namespace CamTest.Core.Results;

/// <summary>results.json "darkCurrent": the rate (from the mean, robust to hot pixels) and the protocol's noise method,
/// in e-/pixel/s when a gain is known; always also in ADU (<c>rateAdu</c>), so darks without flats still say something.</summary>
public sealed record DarkCurrentSection(
    [property: JsonPropertyName("rate")] Quantity? Rate,
    [property: JsonPropertyName("rateFromNoise")] Quantity? RateFromNoise,
    [property: JsonPropertyName("points")] IReadOnlyList<DarkCurrentPoint> Points,
    [property: JsonPropertyName("rateAdu")] Quantity RateAdu,
    [property: JsonPropertyName("rateFromNoiseAdu2")] Quantity? RateFromNoiseAdu2);
