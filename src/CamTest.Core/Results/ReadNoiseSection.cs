using System.Text.Json.Serialization;

namespace CamTest.Core.Results;

/// <summary>results.json "readNoise": rms over pixels from bias pairs, and the median of per-pixel values.</summary>
/// <param name="Rms">Read noise of the sensor, e-: sqrt(mean pair variance - 1/12 ADU^2) x gain.</param>
/// <param name="RmsAdu">The same in ADU (quantisation removed).</param>
/// <param name="DarkNoiseAdu">What the pairs measure before that correction: std(A - B)/sqrt 2, ADU (EMVA's sigma_y.dark).</param>
/// <param name="Median">Median over pixels of the per-pixel temporal noise (quantisation removed), e-: the typical sCMOS
/// pixel, which the rms, pulled up by noisy pixels, is not.</param>
/// <param name="Pairs">Frame pairs the rms was averaged over.</param>
/// <param name="QuantisationLimited">True when the measured variance is under 0.24 ADU^2 (EMVA 1288's floor): the ADC
/// step then dominates, and the figures are the resolution limit, an upper bound on the true read noise.</param>
public sealed record ReadNoiseSection(
    [property: JsonPropertyName("rms")] Quantity? Rms,
    [property: JsonPropertyName("rmsAdu")] Quantity RmsAdu,
    [property: JsonPropertyName("darkNoiseAdu")] Quantity DarkNoiseAdu,
    [property: JsonPropertyName("median")] Quantity? Median,
    [property: JsonPropertyName("medianAdu")] Quantity? MedianAdu,
    [property: JsonPropertyName("pairs")] int Pairs,
    [property: JsonPropertyName("quantisationLimited")] bool QuantisationLimited)
{
    /// <summary>The exposure of the dark pair the figures come from, ms, when no bias pair gave them (a one-frame bias,
    /// or none): that pair's variance also holds its exposure's dark shot noise. Null for bias pairs and maps.</summary>
    [JsonPropertyName("fromDarkPairMs")]
    public double? FromDarkPairMs { get; init; }
}
