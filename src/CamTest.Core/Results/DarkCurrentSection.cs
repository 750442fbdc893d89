using System.Text.Json.Serialization;

namespace CamTest.Core.Results;

/// <summary>results.json "darkCurrent": the rate (from the mean, robust to hot pixels) and the protocol's noise method,
/// in e-/pixel/s when a gain is known; always also in ADU (<c>rateAdu</c>), so darks without flats still say something.</summary>
public sealed record DarkCurrentSection(
    [property: JsonPropertyName("rate")] Quantity? Rate,
    [property: JsonPropertyName("rateFromNoise")] Quantity? RateFromNoise,
    [property: JsonPropertyName("points")] IReadOnlyList<DarkCurrentPoint> Points,
    [property: JsonPropertyName("rateAdu")] Quantity RateAdu,
    [property: JsonPropertyName("rateFromNoiseAdu2")] Quantity? RateFromNoiseAdu2)
{
    /// <summary>The line of the mean method: dark mean (ADU) against exposure (s); its slope is <see cref="RateAdu"/>.</summary>
    [JsonPropertyName("meanFit")] public FittedLineSection? MeanFit { get; init; }

    /// <summary>The line of the noise method over several exposures: dark variance (ADU^2) against exposure (s); its
    /// slope is <see cref="RateFromNoiseAdu2"/>. Null with one exposure (then the read variance is subtracted instead).</summary>
    [JsonPropertyName("noiseFit")] public FittedLineSection? NoiseFit { get; init; }
}
