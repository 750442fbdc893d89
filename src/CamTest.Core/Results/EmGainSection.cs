using System.Text.Json.Serialization;

namespace CamTest.Core.Results;

/// <summary>results.json "emGain": measured multiplication against the set point, and the advice.</summary>
/// <param name="Factor">The protocol's ratio of bias-subtracted signal per unit exposure, amplified over reference.</param>
/// <param name="FactorFromNoise">From the amplified frames' mean-variance relation with the excess noise factor
/// F^2 = 2 - 1/G (see <see cref="CamTest.Core.Analysis.EmGain.FactorFromNoise"/>); null without a gain or pairs.</param>
public sealed record EmGainSection(
    [property: JsonPropertyName("factor")] Quantity Factor,
    [property: JsonPropertyName("factorFromNoise")] Quantity? FactorFromNoise,
    [property: JsonPropertyName("setPoint")] double? SetPoint,
    [property: JsonPropertyName("advisedMin")] double? AdvisedMin,
    [property: JsonPropertyName("advisedMax")] double? AdvisedMax);
