using System.Text.Json.Serialization;

namespace CamTest.Core.Results;

/// <summary>results.json "emGain": measured multiplication against the set point, and the advice.</summary>
/// <param name="Factor">The protocol's ratio of bias-subtracted signal per unit exposure, amplified over reference.</param>
/// <param name="FactorFromNoise">From the amplified frames' mean-variance relation with excess noise F^2 = 2:
/// G = (var - read var) g / (2 signal); null without a gain or pairs.</param>
public sealed record EmGainSection(
    [property: JsonPropertyName("factor")] Quantity Factor,
    [property: JsonPropertyName("factorFromNoise")] Quantity? FactorFromNoise,
    [property: JsonPropertyName("setPoint")] double? SetPoint,
    [property: JsonPropertyName("advisedMin")] double? AdvisedMin,
    [property: JsonPropertyName("advisedMax")] double? AdvisedMax);
