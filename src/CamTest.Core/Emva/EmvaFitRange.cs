using System.Text.Json.Serialization;

namespace CamTest.Core.Emva;

/// <summary>
/// The points a fit used: a contiguous run of the points ordered by irradiation, chosen by signal as a fraction of the
/// signal at saturation (EMVA 1288: 0-70 % for K and R, 5-95 % for linearity).
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

    /// <summary>
    /// Points from the first whose signal reaches <paramref name="from"/> x the saturation signal to the last at or below
    /// <paramref name="to"/> x it; null when no point lies in between.
    /// </summary>
    public static EmvaFitRange? Of(IReadOnlyList<EmvaPoint> points, EmvaSaturation saturation, double from, double to)
    {
        double top = points[saturation.Index].Signal.Value;
        int first = -1, last = -1;
        for (int i = 0; i <= saturation.Index; i++)
        {
            double s = points[i].Signal.Value;
            if (first < 0 && s >= from * top)
            {
                first = i;
            }

            if (s <= to * top)
            {
                last = i;
            }
        }

        return first < 0 || last < first ? null : new EmvaFitRange(first, last, from, to, points[first].Signal.Value, points[last].Signal.Value);
    }
}
