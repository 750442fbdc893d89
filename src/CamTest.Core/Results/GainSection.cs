using System.Text.Json.Serialization;

namespace CamTest.Core.Results;

/// <summary>results.json "gain": the photon transfer fit, every level's single-point gain, and linearity.</summary>
/// <param name="OffsetSubtracted">False when neither a bias nor matching darks were given: the slope (the gain) and the
/// linearity do not need the offset, but the single-point gains, the signal and the intercept do, and are null.</param>
public sealed record GainSection(
    [property: JsonPropertyName("systemGain")] Quantity SystemGain,
    [property: JsonPropertyName("conversionFactor")] Quantity ConversionFactor,
    [property: JsonPropertyName("interceptAdu2")] Quantity Intercept,
    [property: JsonPropertyName("singlePointGain")] Quantity? SinglePointGain,
    [property: JsonPropertyName("points")] IReadOnlyList<GainPoint> Points,
    [property: JsonPropertyName("linearity")] LinearitySection Linearity,
    [property: JsonPropertyName("offsetSubtracted")] bool OffsetSubtracted = true)
{
    /// <summary>The fit's chi-square and error widening; null only for sections built without a fit.</summary>
    [JsonPropertyName("fit")]
    public PhotonTransferFitSection? Fit { get; init; }
}

/// <summary>results.json "gain.fit": how well the photon transfer line fits its levels' own errors.</summary>
/// <param name="ChiSquarePerDof">Weighted residuals per degree of freedom: about 1 for a straight curve; null when no
/// degree of freedom is left (2 levels).</param>
/// <param name="BirgeRatio">The factor the gain's error was widened by to cover the misfit: sqrt(chi^2/dof) when above
/// 1, else 1.</param>
/// <param name="IsLine">False when the levels lie further from the line than chance allows (gain.curve-bent).</param>
public sealed record PhotonTransferFitSection(
    [property: JsonPropertyName("chiSquarePerDof")] double? ChiSquarePerDof,
    [property: JsonPropertyName("birgeRatio")] double BirgeRatio,
    [property: JsonPropertyName("isLine")] bool? IsLine);
