using System.Text.Json.Serialization;
using CamTest.Core.Analysis;
using CamTest.Core.Fitting;
using CamTest.Core.Results;

namespace CamTest.Core.Emva;

/// <summary>
/// Linearity by EMVA 1288: a straight line y = a0 + a1 x through mu_y - mu_y.dark against the irradiation x over the
/// points from 5 % to 95 % of the saturation signal, weighted so that each point counts by its relative deviation
/// (weights 1/y^2 on the squared residuals, the standard's 1/mu weighting of the residual); the deviation of every
/// point from the line in percent of the line; LE_min and LE_max over the fit range; and Release 4's single linearity
/// error LE = (LE_max - LE_min) / 2. The irradiation x is the photon count, or the exposure time when no photon counts
/// are stated (one light level, exposures swept: photons are proportional to exposure).
/// </summary>
/// <param name="Deviations">Each point's deviation from the line, percent, with the error of its signal; for every point up to saturation.</param>
/// <param name="Abscissa">"photons" or "exposure".</param>
public sealed record EmvaLinearity(
    EmvaPointRange Range,
    double Intercept,
    double Slope,
    IReadOnlyList<Quantity> Deviations,
    Quantity Minimum,
    Quantity Maximum,
    Quantity Error,
    string Abscissa)
{
    public const double LowerFraction = 0.05, UpperFraction = 0.95;

    /// <summary>The line's value at <paramref name="x"/> (photons or seconds).</summary>
    public double Predict(double x) => Intercept + (Slope * x);

    /// <summary>Null when the range holds fewer than 3 points (a line through 2 points deviates nowhere).</summary>
    public static EmvaLinearity? Fit(IReadOnlyList<EmvaPoint> points, SaturationPoint.Found saturation, Func<EmvaPoint, double> x, string abscissa)
    {
        EmvaPointRange? range = EmvaFitRangeRule.Of(points, saturation, LowerFraction, UpperFraction);
        if (range is null || range.Count < 3)
        {
            return null;
        }

        EmvaPoint[] used = [.. EmvaSystemGainFit.Take(points, range)];
        double[] weights = [.. used.Select(p => 1 / (p.Signal.Value * p.Signal.Value))];
        LineFit line = LinearRegression.FitWeighted([.. used.Select(x)], [.. used.Select(p => p.Signal.Value)], weights);
        var deviations = new List<Quantity>();
        for (int i = 0; i <= saturation.Index; i++)
        {
            deviations.Add(LineDeviation.Percent(points[i].Signal, line.Predict(x(points[i]))));
        }

        Quantity[] inRange = [.. deviations.Skip(range.First).Take(range.Count)];
        Quantity min = inRange.MinBy(d => d.Value)!, max = inRange.MaxBy(d => d.Value)!;
        return new EmvaLinearity(range, line.Intercept, line.Slope, deviations, min, max, (max - min) / 2, abscissa);
    }
}
