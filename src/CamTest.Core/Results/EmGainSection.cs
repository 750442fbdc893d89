using System.Text.Json.Serialization;

namespace CamTest.Core.Results;

/// <summary>results.json "emGain": measured multiplication against the set point, and the advice.</summary>
public sealed record EmGainSection(
    [property: JsonPropertyName("factor")] Quantity Factor,
    [property: JsonPropertyName("setPoint")] double? SetPoint,
    [property: JsonPropertyName("advisedMin")] double? AdvisedMin,
    [property: JsonPropertyName("advisedMax")] double? AdvisedMax);
