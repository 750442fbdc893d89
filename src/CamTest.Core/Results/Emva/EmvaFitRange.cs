using System.Text.Json.Serialization;

namespace CamTest.Core.Results;

/// <summary>
/// The points a fit used: a contiguous run of the points ordered by irradiation, chosen by signal as a fraction of the
/// signal at saturation (EMVA 1288: 0-70 % for K and R, 5-95 % for linearity); chosen by <c>Emva.EmvaFitRangeRule</c> and written by <c>ResultsMapper.Emva</c> from the analysis's <c>Emva.EmvaPointRange</c>.
/// </summary>
public sealed record EmvaFitRange(
    [property: JsonPropertyName("firstPointIndex")] int First,
    [property: JsonPropertyName("lastPointIndex")] int Last,
    [property: JsonPropertyName("fromFractionOfSaturation")] double FromFraction,
    [property: JsonPropertyName("toFractionOfSaturation")] double ToFraction,
    [property: JsonPropertyName("fromSignalDn")] double FromSignalAdu,
    [property: JsonPropertyName("toSignalDn")] double ToSignalAdu)
{
    [JsonPropertyName("points")]
    public int Count => Last - First + 1;

    public bool Contains(int index) => index >= First && index <= Last;
}
