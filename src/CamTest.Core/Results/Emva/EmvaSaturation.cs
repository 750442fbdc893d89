using System.Text.Json.Serialization;

namespace CamTest.Core.Results;

/// <summary>
/// The saturation point of <c>camtest emva</c>, by the one EMVA 1288 R4 rule (<c>Emva.EmvaSaturationRule</c>: the
/// variance maximum, or the last point before 0.1 % of pixel values reach the top code, whichever comes first), with
/// the rule that decided it in words (the reference implementation takes the variance maximum only).
/// </summary>
/// <param name="Index">The saturation point, a 0-based index into the points ordered by irradiation.</param>
/// <param name="Rule">Which rule decided it, in words.</param>
/// <param name="Reached">False when no rule fired: the brightest point stands in, and saturation figures are lower bounds.</param>
public sealed record EmvaSaturation(
    [property: JsonPropertyName("pointIndex")] int Index,
    [property: JsonPropertyName("rule")] string Rule,
    [property: JsonPropertyName("reached")] bool Reached);
