using System.Text.Json.Serialization;

namespace CamTest.Core.Results;

/// <summary>results.json "readNoise": rms over pixels from bias pairs, and the median of per-pixel values.</summary>
/// <param name="Rms">sqrt(mean pair variance) x gain, e-.</param>
/// <param name="RmsAdu">The same in ADU, quantisation included.</param>
/// <param name="Median">Median over pixels of the per-pixel temporal noise, e- (sCMOS: the typical pixel).</param>
/// <param name="Pairs">Frame pairs the rms was averaged over.</param>
/// <param name="QuantisationLimited">True when the noise is under ~0.5 ADU: the ADC step (1/sqrt 12 ADU rms) then
/// dominates and the figure is an upper bound.</param>
public sealed record ReadNoiseSection(
    [property: JsonPropertyName("rms")] Quantity? Rms,
    [property: JsonPropertyName("rmsAdu")] Quantity RmsAdu,
    [property: JsonPropertyName("median")] Quantity? Median,
    [property: JsonPropertyName("medianAdu")] Quantity? MedianAdu,
    [property: JsonPropertyName("pairs")] int Pairs,
    [property: JsonPropertyName("quantisationLimited")] bool QuantisationLimited);
