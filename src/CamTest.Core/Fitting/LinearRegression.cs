using CamTest.Core.Results;

namespace CamTest.Core.Fitting;

/// <summary>
/// Least-squares straight lines with parameter standard errors.
/// <para>
/// When each point's standard error is known, <see cref="FitWithErrors"/> is the one entry: weights 1/s_i^2, the
/// parameter errors from those errors, chi-square per degree of freedom reported, and, when chi^2/dof exceeds 1, the
/// errors widened by the Birge ratio sqrt(chi^2/dof) so that a model that does not fit (a photon transfer curve that
/// bends) cannot claim the precision of the points (<see cref="LineFit.MisfitProbability"/> says whether the excess is
/// more than chance). With few points the scatter alone is itself uncertain (with 2 degrees of freedom it is often
/// several times too small), which is why the known errors set the floor of the parameter errors.
/// </para>
/// <para>
/// Without known errors, <see cref="Fit"/> and <see cref="FitWeighted"/> (relative weights, as EMVA 1288's linearity
/// prescribes) take the parameter errors from the scatter of the residuals; with no degrees of freedom left they are
/// NaN, never zero.
/// </para>
/// </summary>
public static class LinearRegression
{
    /// <summary>Ordinary least squares, y = a + b x.</summary>
    public static LineFit Fit(ReadOnlySpan<double> x, ReadOnlySpan<double> y) => FitLine(x, y, null, absoluteWeights: false);

    /// <summary>Weighted least squares, y = a + b x, with relative weights (1/sigma_i^2 up to a common factor).</summary>
    public static LineFit FitWeighted(ReadOnlySpan<double> x, ReadOnlySpan<double> y, ReadOnlySpan<double> weights) =>
        FitLine(x, y, weights, absoluteWeights: false);

    /// <summary>
    /// Weighted least squares y = a + b x from each point's standard error: the one fit for points whose errors are
    /// known (see the class summary). Its policy for errors that are not a positive number:
    /// <list type="bullet">
    /// <item>An unknown error (NaN or infinite: <see cref="Results.Quantity.StdErr"/> null) makes the line's errors
    /// unknown. Such a point cannot be weighted against the others (any weight given it would be invented), and the
    /// scatter of a handful of points is no substitute for the known errors (see the class summary), so the line is
    /// the unweighted one, its parameter errors and covariance are NaN (unknown; <see cref="LineFit.SlopeIn"/> and <see cref="LineFit.InterceptIn"/> give
    /// them without a stderr), no chi-square is given and <see cref="LineFit.HasUnknownPointErrors"/> says why. This
    /// is the measurement algebra's rule, an unknown error stays unknown, applied to the fit; earlier the point was
    /// given the smallest known error, which claimed it was among the best measured.</item>
    /// <item>A zero error is known: the point claims to be exact. It is given the smallest positive error among the
    /// points (<see cref="StandardErrorFloor"/>), so it is weighted as the best-measured point, never infinitely
    /// better (a zero error would pin the line to it). When every error is zero the fit is unweighted, its errors from
    /// the scatter and <see cref="LineFit.ChiSquarePerDegreeOfFreedom"/> null.</item>
    /// <item>A negative error is a programming error and throws.</item>
    /// </list>
    /// </summary>
    public static LineFit FitWithErrors(ReadOnlySpan<double> x, ReadOnlySpan<double> y, ReadOnlySpan<double> standardErrors)
    {
        CheckLengths(x, y, standardErrors, minimum: 2);
        foreach (double s in standardErrors)
        {
            if (s < 0)
            {
                throw new ArgumentOutOfRangeException(nameof(standardErrors), s, "a standard error cannot be negative");
            }

            if (!double.IsFinite(s))
            {
                return Fit(x, y) with
                {
                    SlopeStdErr = double.NaN, InterceptStdErr = double.NaN, SlopeInterceptCovariance = double.NaN, HasUnknownPointErrors = true,
                };
            }
        }

        double[]? weights = InverseVarianceWeights(standardErrors);
        return weights is null ? Fit(x, y) : FitLine(x, y, weights, absoluteWeights: true);
    }

    /// <summary>
    /// The floor for known errors of zero (see <see cref="FitWithErrors"/>): the smallest positive error among the
    /// points; positive infinity when none is positive.
    /// </summary>
    public static double StandardErrorFloor(ReadOnlySpan<double> standardErrors)
    {
        double floor = double.PositiveInfinity;
        foreach (double s in standardErrors)
        {
            if (s > 0 && double.IsFinite(s))
            {
                floor = Math.Min(floor, s);
            }
        }

        return floor;
    }

    /// <summary>1/s_i^2 for known errors (finite, >= 0), zeros floored; null when none is positive (the fit is then unweighted).</summary>
    private static double[]? InverseVarianceWeights(ReadOnlySpan<double> standardErrors)
    {
        double floor = StandardErrorFloor(standardErrors);
        if (double.IsPositiveInfinity(floor))
        {
            return null;
        }

        var weights = new double[standardErrors.Length];
        for (int i = 0; i < weights.Length; i++)
        {
            double s = standardErrors[i] > 0 ? standardErrors[i] : floor;
            weights[i] = 1 / (s * s);
        }

        return weights;
    }

    private static LineFit FitLine(ReadOnlySpan<double> x, ReadOnlySpan<double> y, ReadOnlySpan<double> weights, bool absoluteWeights)
    {
        int n = CheckLengths(x, y, weights, minimum: 2);
        double sw = 0, swx = 0, swy = 0;
        for (int i = 0; i < n; i++)
        {
            double w = weights.IsEmpty ? 1 : weights[i];
            sw += w;
            swx += w * x[i];
            swy += w * y[i];
        }

        // Centre on the weighted means: the sums of squares below then lose no precision to large offsets.
        double mx = swx / sw, my = swy / sw;
        double sxx = 0, sxy = 0;
        for (int i = 0; i < n; i++)
        {
            double w = weights.IsEmpty ? 1 : weights[i];
            double dx = x[i] - mx;
            sxx += w * dx * dx;
            sxy += w * dx * (y[i] - my);
        }

        if (sxx <= 0)
        {
            throw new ArgumentException("all x values are equal: no line can be fitted", nameof(x));
        }

        double slope = sxy / sxx;
        double intercept = my - (slope * mx);
        int dof = n - 2;
        double chi2 = WeightedResidualSquares(x, y, weights, slope, intercept);
        // Absolute weights: the Birge ratio widens the errors when the scatter exceeds the points' errors.
        double scale = absoluteWeights ? Math.Max(1, dof > 0 ? chi2 / dof : 1) : dof > 0 ? chi2 / dof : double.NaN;
        double slopeVar = scale / sxx;
        double interceptVar = scale * ((1 / sw) + (mx * mx / sxx));
        double covariance = -mx * scale / sxx;
        return new LineFit(slope, intercept, Math.Sqrt(slopeVar), Math.Sqrt(interceptVar), covariance, n, dof, Math.Sqrt(scale))
        {
            ChiSquare = absoluteWeights && dof > 0 ? chi2 : null,
        };
    }

    /// <summary>
    /// The line through two points whose errors are known only from themselves (no scatter to estimate them from, no
    /// degree of freedom left): slope (y1 - y0)/dx and intercept (x1 y0 - x0 y1)/dx through the algebra's rule for
    /// independent operands, and their covariance -(x1 e0^2 + x0 e1^2)/dx^2 from the same two points, so that
    /// <see cref="LineFit.PredictAt"/> gives back each point with its own error. The unit of <paramref name="y0"/> is the
    /// intercept's. An unknown error is NaN in the line, which <see cref="LineFit.SlopeIn"/> reads back as unknown.
    /// </summary>
    public static LineFit ThroughTwoPoints(double x0, Quantity y0, double x1, Quantity y1)
    {
        double dx = x1 - x0;
        if (dx == 0)
        {
            throw new ArgumentException("both points are at one x: no line can be drawn through them", nameof(x1));
        }

        Quantity slope = (y1 - y0) / dx;
        Quantity intercept = (y0 * (x1 / dx)) - (y1 * (x0 / dx));
        double e0 = y0.StdErr ?? double.NaN, e1 = y1.StdErr ?? double.NaN;
        double covariance = -((x1 * e0 * e0) + (x0 * e1 * e1)) / (dx * dx);
        return new LineFit(
            slope.Value, intercept.Value, slope.StdErr ?? double.NaN, intercept.StdErr ?? double.NaN, covariance,
            Count: 2, DegreesOfFreedom: 0, ResidualStd: double.NaN);
    }

    /// <summary>Least squares through the origin, y = b x (EMVA 1288 fits K and R this way).</summary>
    public static LineFit FitThroughOrigin(ReadOnlySpan<double> x, ReadOnlySpan<double> y, ReadOnlySpan<double> weights = default)
    {
        int n = CheckLengths(x, y, weights, minimum: 1);
        double sxx = 0, sxy = 0;
        for (int i = 0; i < n; i++)
        {
            double w = weights.IsEmpty ? 1 : weights[i];
            sxx += w * x[i] * x[i];
            sxy += w * x[i] * y[i];
        }

        if (sxx <= 0)
        {
            throw new ArgumentException("all x values are zero: no slope can be fitted", nameof(x));
        }

        double slope = sxy / sxx;
        int dof = n - 1;
        double chi2 = WeightedResidualSquares(x, y, weights, slope, 0);
        double scale = dof > 0 ? chi2 / dof : double.NaN;
        return new LineFit(slope, 0, Math.Sqrt(scale / sxx), 0, 0, n, dof, Math.Sqrt(scale));
    }

    private static double WeightedResidualSquares(
        ReadOnlySpan<double> x, ReadOnlySpan<double> y, ReadOnlySpan<double> weights, double slope, double intercept)
    {
        double sum = 0;
        for (int i = 0; i < x.Length; i++)
        {
            double r = y[i] - intercept - (slope * x[i]);
            sum += (weights.IsEmpty ? 1 : weights[i]) * r * r;
        }

        return sum;
    }

    private static int CheckLengths(ReadOnlySpan<double> x, ReadOnlySpan<double> y, ReadOnlySpan<double> weights, int minimum)
    {
        if (x.Length != y.Length || (!weights.IsEmpty && weights.Length != x.Length))
        {
            throw new ArgumentException("x, y and weights must have the same length");
        }

        if (x.Length < minimum)
        {
            throw new ArgumentException($"a line needs at least {minimum} points, got {x.Length}");
        }

        return x.Length;
    }
}
