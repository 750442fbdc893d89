using System.Globalization;
using CamTest.Core.Analysis;
using CamTest.Core.Results;

namespace CamTest.Core.Emva;

/// <summary>Finds the saturation point of <c>camtest emva</c> (<see cref="EmvaSaturation"/>) by the one EMVA 1288 R4 rule
/// (<see cref="SaturationPoint"/>), and says which part of it decided.</summary>
public static class EmvaSaturationRule
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
