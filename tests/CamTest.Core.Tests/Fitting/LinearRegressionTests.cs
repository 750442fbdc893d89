using CamTest.Core.Fitting;

namespace CamTest.Core.Tests.Fitting;

public class LinearRegressionTests
{
    private static readonly double[] X = [1, 2, 3, 4, 5, 6];
    private static readonly double[] Y = [2.1, 3.9, 6.2, 7.8, 10.1, 12.2];

    [Fact]
    public void Ordinary_fit_matches_numpy_polyfit_with_scaled_covariance()
    {
        // Reference: numpy.polyfit(x, y, 1, cov='unscaled') with the covariance scaled by the residual variance.
        LineFit fit = LinearRegression.Fit(X, Y);
        Assert.Equal(2.02, fit.Slope, 10);
        Assert.Equal(-0.02, fit.Intercept, 10);
        Assert.Equal(0.0427618, fit.SlopeStdErr, 6);
        Assert.Equal(0.16653328, fit.InterceptStdErr, 6);
        Assert.Equal(4, fit.DegreesOfFreedom);
    }

    [Fact]
    public void Weighted_fit_matches_numpy_polyfit_with_sqrt_weights()
    {
        double[] w = [1, 2, 1, 4, 1, 2];
        LineFit fit = LinearRegression.FitWeighted(X, Y, w);
        Assert.Equal(2.02847222, fit.Slope, 7);
        Assert.Equal(-0.12430556, fit.Intercept, 7);
        Assert.Equal(0.05308641, fit.SlopeStdErr, 6);
        Assert.Equal(0.21414774, fit.InterceptStdErr, 6);
    }

    [Fact]
    public void Fit_through_origin_of_an_exact_line_recovers_the_slope_with_zero_error()
    {
        LineFit fit = LinearRegression.FitThroughOrigin([1, 2, 3], [0.5, 1.0, 1.5]);
        Assert.Equal(0.5, fit.Slope, 14);
        Assert.Equal(0, fit.SlopeStdErr, 14);
    }

    [Fact]
    public void Two_points_leave_no_degrees_of_freedom_so_the_error_is_unknown_not_zero()
    {
        LineFit fit = LinearRegression.Fit([0, 1], [1, 3]);
        Assert.Equal(2, fit.Slope, 14);
        Assert.True(double.IsNaN(fit.SlopeStdErr));
    }

    [Fact]
    public void Slope_standard_error_covers_the_true_slope_as_often_as_it_claims()
    {
        // 4000 noisy lines of 20 points. With 18 degrees of freedom the 95 % interval is +-2.101 standard errors.
        // The covered fraction is binomial: sd = sqrt(0.95 x 0.05 / 4000) = 0.34 %, so 93.6..96.4 % is +-4 sd.
        var rng = new Random(1288);
        const int trials = 4000;
        int covered = 0;
        double[] x = [.. Enumerable.Range(0, 20).Select(i => (double)i)];
        for (int t = 0; t < trials; t++)
        {
            double[] y = [.. x.Select(v => 3 + (0.7 * v) + Gaussian(rng))];
            LineFit fit = LinearRegression.Fit(x, y);
            covered += Math.Abs(fit.Slope - 0.7) <= 2.101 * fit.SlopeStdErr ? 1 : 0;
        }

        double fraction = covered / (double)trials;
        Assert.InRange(fraction, 0.936, 0.964);
    }

    private static double Gaussian(Random rng) =>
        Math.Sqrt(-2 * Math.Log(1 - rng.NextDouble())) * Math.Cos(2 * Math.PI * rng.NextDouble());
}
