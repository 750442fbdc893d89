using System.Globalization;
using CamTest.Core.Analysis;

namespace CamTest.Core.Emva;

/// <summary>Finds the saturation point of <c>camtest emva</c> by the one EMVA 1288 R4 rule
/// (<see cref="SaturationPoint"/>), and says which part of it decided.</summary>
public static class EmvaSaturationRule
{
    /// <summary>Fraction of pixel values at the top code that marks a point as saturated (the protocol analysis uses the same).</summary>
    public const double TopCodeFractionLimit = SaturationPoint.ClippedFractionLimit;

    /// <summary>The saturation point among <paramref name="points"/> (ordered by signal or irradiation).</summary>
    public static SaturationPoint.Found Find(IReadOnlyList<EmvaPoint> points) =>
        SaturationPoint.Locate([.. points.Select(p => p.Bright.Variance.Value)], [.. points.Select(p => p.Bright.TopCodeFraction)]);

    /// <summary>Which part of the rule decided, in words (results.json "emva.saturation.rule").</summary>
    public static string Describe(SaturationPoint.Found saturation, IReadOnlyList<EmvaPoint> points, double topCode) => saturation.Rule switch
    {
        SaturationPoint.Rule.BeforeClipping => string.Create(CultureInfo.InvariantCulture,
            $"the last point before more than 0.1 % of pixel values reach the top code {topCode:0} (at {points[FirstClipped(points)].Label})"),
        SaturationPoint.Rule.VarianceMaximum => "maximum of the temporal variance",
        _ => "not reached: the variance still rises at the brightest point and no pixel reaches the top code",
    };

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
