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

/// <summary>results.json "gain.linearity": the protocol's 1 % criterion on the mean-variance line.</summary>
/// <param name="MaxDeviationStdErr">Standard error of <paramref name="MaxDeviationPercent"/>: that level's variance error
/// through the deviation (Fitting.LineDeviation); null when unknown. Written flat beside the value, as the section's
/// other figures are.</param>
/// <param name="NoiseFloorPercent">Deviation expected from noise alone: a verdict is only meaningful well above it.</param>
/// <param name="Pass">True within 1 %, false when a level is significantly beyond it, null when noise leaves it open.</param>
public sealed record LinearitySection(
    [property: JsonPropertyName("maxDeviationPercent")] double MaxDeviationPercent,
    [property: JsonPropertyName("maxDeviationStdErr")] double? MaxDeviationStdErr,
    [property: JsonPropertyName("noiseFloorPercent")] double NoiseFloorPercent,
    [property: JsonPropertyName("limitPercent")] double LimitPercent,
    [property: JsonPropertyName("pass")] bool? Pass)
{
    /// <summary>The largest deviation as the figure it is (value, unit, error).</summary>
    [JsonIgnore]
    public Quantity MaxDeviation => new(MaxDeviationPercent, GainFigures.Linearity.Unit, MaxDeviationStdErr);
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
