using System.Globalization;
using System.Text.Json.Serialization;
using CamTest.Core.Analysis;

namespace CamTest.Core.Emva;

/// <summary>
/// The saturation point of <c>camtest emva</c>, by the one EMVA 1288 R4 rule (<see cref="SaturationPoint"/>: the
/// variance maximum, or the last point before 0.1 % of pixel values reach the top code, whichever comes first), with
/// the rule that decided it in words (the reference implementation takes the variance maximum only).
/// </summary>
/// <param name="Index">The saturation point, a 0-based index into the points ordered by irradiation.</param>
/// <param name="Rule">Which rule decided it, in words.</param>
/// <param name="Reached">False when no rule fired: the brightest point stands in, and saturation figures are lower bounds.</param>
public sealed record EmvaSaturation(
    [property: JsonPropertyName("pointIndex")] int Index,
    [property: JsonPropertyName("rule")] string Rule,
    [property: JsonPropertyName("reached")] bool Reached)
{
    /// <summary>Fraction of pixel values at the top code that marks a point as saturated (the protocol analysis uses the same).</summary>
    public const double TopCodeFractionLimit = SaturationPoint.ClippedFractionLimit;

    public static EmvaSaturation Find(IReadOnlyList<EmvaPoint> points, double topCode)
    {
        (int index, SaturationPoint.Rule rule) = SaturationPoint.Locate(
            [.. points.Select(p => p.Bright.Variance.Value)], [.. points.Select(p => p.Bright.TopCodeFraction)]);
        string code = topCode.ToString("0", CultureInfo.InvariantCulture);
        return rule switch
        {
            SaturationPoint.Rule.BeforeClipping => new EmvaSaturation(index,
                $"the last point before more than 0.1 % of pixel values reach the top code {code} (at {points[FirstClipped(points)].Label})", true),
            SaturationPoint.Rule.VarianceMaximum => new EmvaSaturation(index, "maximum of the temporal variance", true),
            _ => new EmvaSaturation(index, "not reached: the variance still rises at the brightest point and no pixel reaches the top code", false),
        };
    }

    private static int FirstClipped(IReadOnlyList<EmvaPoint> points)
    {
        int i = 0;
        while (points[i].Bright.TopCodeFraction <= TopCodeFractionLimit)
        {
            i++;
        }

        return i;
    }
}
