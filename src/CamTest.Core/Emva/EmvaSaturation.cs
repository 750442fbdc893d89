using System.Globalization;
using System.Text.Json.Serialization;
using CamTest.Core.Analysis;

namespace CamTest.Core.Emva;

/// <summary>
/// The saturation point by the EMVA 1288 R4 rule: the irradiation of maximum temporal variance, or the last point
/// before a small fraction of pixels (0.1 %, the lower end of the standard's 0.1-0.2 %) reach the ADC's top code,
/// whichever comes first. Never the mean of clipped frames: a point with clipped pixels is past saturation even while
/// its variance still rises (the reference implementation takes the variance maximum only).
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
        int varianceMax = SaturationPoint.IndexOfMaximumVariance([.. points.Select(p => p.Bright.Variance.Value)]);
        int firstClipped = -1;
        for (int i = 0; i < points.Count && firstClipped < 0; i++)
        {
            firstClipped = points[i].Bright.TopCodeFraction > TopCodeFractionLimit ? i : -1;
        }

        string code = topCode.ToString("0", CultureInfo.InvariantCulture);
        if (firstClipped >= 0 && firstClipped - 1 < varianceMax)
        {
            int index = Math.Max(firstClipped - 1, 0);
            return new EmvaSaturation(index, $"the last point before more than 0.1 % of pixel values reach the top code {code} (at {points[firstClipped].Label})", true);
        }

        bool fell = varianceMax < points.Count - 1;
        return fell
            ? new EmvaSaturation(varianceMax, "maximum of the temporal variance", true)
            : new EmvaSaturation(points.Count - 1, "not reached: the variance still rises at the brightest point and no pixel reaches the top code", false);
    }
}
