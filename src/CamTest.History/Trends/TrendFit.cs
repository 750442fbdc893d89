using System.Text.Json.Serialization;
using CamTest.Core.Fitting;

namespace CamTest.History.Trends;

/// <summary>
/// The straight line through a series: value = <see cref="Start"/> + <see cref="SlopePerMonth"/> x months since the
/// first run. Weighted by 1/stderr^2 when every run states its error; the slope's error then comes from those errors,
/// widened by sqrt(chi^2/dof) when the runs scatter more than they say (never narrowed). When a run states no error the
/// line is unweighted and its error comes from the scatter alone (NaN with two runs).
/// </summary>
/// <param name="Start">The fitted value at the first run.</param>
/// <param name="PercentPerMonth">The slope as a percentage of <see cref="Start"/>; null when the start is not clearly
/// above zero (within two of its standard errors), where a percentage would mean nothing (a hot-pixel count from 0).</param>
/// <param name="ScatterRatio">sqrt(chi^2/dof) of a weighted fit: above 1, the runs scatter more than their errors say.</param>
public sealed record TrendFit(
    [property: JsonPropertyName("slopePerMonth")] double SlopePerMonth,
    [property: JsonPropertyName("slopeStdErr")] double SlopeStdErr,
    [property: JsonPropertyName("start")] double Start,
    [property: JsonPropertyName("percentPerMonth")] double? PercentPerMonth,
    [property: JsonPropertyName("weighted")] bool Weighted,
    [property: JsonPropertyName("scatterRatio")] double? ScatterRatio)
{
    /// <summary>The fit of <paramref name="points"/>, or null with fewer than two runs or all at one time.</summary>
    public static TrendFit? Of(IReadOnlyList<TrendPoint> points)
    {
        if (points.Count < 2 || points.All(p => p.Months == points[0].Months))
        {
            return null;
        }

        double[] x = [.. points.Select(p => p.Months)];
        double[] y = [.. points.Select(p => p.Value)];
        bool weighted = points.All(p => p.StdErr is > 0 && double.IsFinite(p.StdErr.Value));
        LineFit line = weighted
            ? LinearRegression.FitWithErrors(x, y, [.. points.Select(p => p.StdErr!.Value)])
            : LinearRegression.Fit(x, y);
        double start = line.Predict(0);
        return new TrendFit(
            line.Slope, line.SlopeStdErr, start, Math.Abs(start) > 2 * line.InterceptStdErr && start != 0 ? 100 * line.Slope / Math.Abs(start) : null, weighted,
            weighted && line.DegreesOfFreedom > 0 ? ScatterOf(x, y, points, line) : null);
    }

    private static double ScatterOf(double[] x, double[] y, IReadOnlyList<TrendPoint> points, LineFit line)
    {
        double chi2 = 0;
        for (int i = 0; i < x.Length; i++)
        {
            double r = (y[i] - line.Predict(x[i])) / points[i].StdErr!.Value;
            chi2 += r * r;
        }

        return Math.Sqrt(chi2 / line.DegreesOfFreedom);
    }
}
