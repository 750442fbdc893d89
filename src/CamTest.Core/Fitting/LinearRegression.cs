namespace CamTest.Core.Fitting;

/// <summary>
/// Least-squares straight lines with parameter standard errors. Weights are relative (1/sigma_i^2 up to a common
/// factor) by default: the parameter errors are scaled by the scatter of the residuals, so they stay honest when
/// the assumed per-point errors are off by a constant factor. With few points that scatter is itself uncertain (with
/// 2 degrees of freedom it is often several times too small), so when the per-point errors are known, pass them as
/// absolute weights: the errors then come from them, enlarged by the scatter only when it is larger
/// (scale = max(1, chi^2/dof)). With no degrees of freedom left relative errors are NaN, never zero.
/// </summary>
public static class LinearRegression
{
    /// <summary>Ordinary least squares, y = a + b x.</summary>
    public static LineFit Fit(ReadOnlySpan<double> x, ReadOnlySpan<double> y) => FitWeighted(x, y, null);

    /// <summary>Weighted least squares, y = a + b x, with relative weights.</summary>
    public static LineFit FitWeighted(ReadOnlySpan<double> x, ReadOnlySpan<double> y, ReadOnlySpan<double> weights, bool absoluteWeights = false)
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
        double scale = absoluteWeights ? Math.Max(1, dof > 0 ? chi2 / dof : 1) : dof > 0 ? chi2 / dof : double.NaN;
        double slopeVar = scale / sxx;
        double interceptVar = scale * ((1 / sw) + (mx * mx / sxx));
        double covariance = -mx * scale / sxx;
        return new LineFit(slope, intercept, Math.Sqrt(slopeVar), Math.Sqrt(interceptVar), covariance, n, dof, Math.Sqrt(scale));
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
