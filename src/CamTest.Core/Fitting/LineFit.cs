using CamTest.Core.Results;

namespace CamTest.Core.Fitting;

/// <summary>
/// A fitted straight line y = Intercept + Slope x with the standard errors of both parameters. For a line forced
/// through the origin, Intercept and its error are zero. A fit from known point errors
/// (<see cref="LinearRegression.FitWithErrors"/>) also says how well the line fits them (<see cref="ChiSquare"/>).
/// </summary>
public sealed record LineFit(
    double Slope,
    double Intercept,
    double SlopeStdErr,
    double InterceptStdErr,
    double SlopeInterceptCovariance,
    int Count,
    int DegreesOfFreedom,
    double ResidualStd)
{
    /// <summary>
    /// Below this probability a chi-square as large as the fit's is not chance: the points do not lie on a line. 1 %:
    /// a photon transfer fit has only 5-10 levels, so a gain drifting 5 % across the signal range gives p of order
    /// 1e-3 .. 1e-2; a straight curve is called bent once in 100 sessions, and only to say its error was widened.
    /// </summary>
    public const double MisfitSignificance = 0.01;

    /// <summary>Sum of squared residuals over the points' variances; null when the point errors were not known or no
    /// degree of freedom is left.</summary>
    public double? ChiSquare { get; init; }

    /// <summary>True when some point's error was unknown, so the line's errors are unknown (NaN) too
    /// (<see cref="LinearRegression.FitWithErrors"/>).</summary>
    public bool HasUnknownPointErrors { get; init; }

    /// <summary>chi^2 / dof: about 1 when the points scatter about the line by their own errors.</summary>
    public double? ChiSquarePerDegreeOfFreedom => ChiSquare / DegreesOfFreedom;

    /// <summary>The factor the parameter errors were widened by: sqrt(chi^2/dof) when above 1, else 1.</summary>
    public double BirgeRatio => ChiSquarePerDegreeOfFreedom is double c && c > 1 ? Math.Sqrt(c) : 1;

    /// <summary>The probability of a chi-square at least this large if the points did lie on a line; null when unknown.</summary>
    public double? MisfitProbability =>
        ChiSquare is double c ? 1 - MathNet.Numerics.Distributions.ChiSquared.CDF(DegreesOfFreedom, c) : null;

    /// <summary>True when the points are further from the line than their errors allow (p below <see cref="MisfitSignificance"/>).</summary>
    public bool IsNotALine => MisfitProbability < MisfitSignificance;

    public double Predict(double x) => Intercept + (Slope * x);

    /// <summary>
    /// The line's value at <paramref name="x"/> as a figure in <paramref name="unit"/>, with its error from both
    /// parameters and their covariance: var = var(a) + x^2 var(b) + 2 x cov(a, b) (the intercept and slope of one fit
    /// are not independent, so the algebra's rule for independent operands cannot add them). An error that is not
    /// known (NaN) stays unknown.
    /// </summary>
    public Quantity PredictAt(double x, Unit unit)
    {
        double variance = (InterceptStdErr * InterceptStdErr) + (x * x * SlopeStdErr * SlopeStdErr) + (2 * x * SlopeInterceptCovariance);
        // Rounding can take a variance that is zero in exact arithmetic (x at a two-point line's exact point) below it.
        return new Quantity(Predict(x), unit, Math.Sqrt(Math.Max(variance, 0)));
    }

    /// <summary>The slope as a figure in <paramref name="unit"/>; an error that is not known (NaN) stays unknown (Quantity reads NaN as null).</summary>
    public Quantity SlopeIn(Unit unit) => new(Slope, unit, SlopeStdErr);

    /// <summary>The intercept as a figure in <paramref name="unit"/>; an error that is not known (NaN) stays unknown (Quantity reads NaN as null).</summary>
    public Quantity InterceptIn(Unit unit) => new(Intercept, unit, InterceptStdErr);
}
