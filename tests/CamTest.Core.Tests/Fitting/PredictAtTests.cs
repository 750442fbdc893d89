using CamTest.Core.Emva;
using CamTest.Core.Fitting;
using CamTest.Core.Results;

namespace CamTest.Core.Tests.Fitting;

/// <summary>
/// LineFit.PredictAt, the one prediction of a fitted line with its error: var(a) + x^2 var(b) + 2 x cov(a, b), the
/// intercept and slope of one fit being correlated. EmvaDarkMatch's dark at an exposure without a dark pair is it; the
/// two-point line (DarkCurrent's with one dark exposure and the bias, or two dark exposures) is right when its
/// prediction at each of its points gives back that point with its own error.
/// </summary>
public class PredictAtTests
{
    private static readonly double[] X = [1, 2, 3, 4, 5];
    private static readonly double[] Y = [10.2, 11.9, 14.1, 16.0, 17.8];
    private static readonly double[] Errors = [0.2, 0.3, 0.2, 0.4, 0.3];

    [Theory]
    [InlineData(0.0)]
    [InlineData(2.5)]
    [InlineData(7.0)]
    [InlineData(-3.0)]
    public void The_prediction_s_error_is_var_a_plus_x2_var_b_plus_2x_cov(double x)
    {
        LineFit fit = LinearRegression.FitWithErrors(X, Y, Errors);
        Quantity p = fit.PredictAt(x, Unit.Adu);

        double expected = Math.Sqrt((fit.InterceptStdErr * fit.InterceptStdErr) + (x * x * fit.SlopeStdErr * fit.SlopeStdErr) + (2 * x * fit.SlopeInterceptCovariance));
        Assert.Equal(fit.Intercept + (fit.Slope * x), p.Value, 12);
        Assert.Equal(expected, p.StdErr!.Value, 12);
        Assert.Equal(Unit.Adu, p.Unit);
        // The covariance matters: at the weighted mean of x the error is smallest, well below the independent sum.
        double independent = Math.Sqrt((fit.InterceptStdErr * fit.InterceptStdErr) + (x * x * fit.SlopeStdErr * fit.SlopeStdErr));
        Assert.True(x <= 0 || p.StdErr < independent, $"{p.StdErr} against {independent}");
    }

    [Fact]
    public void A_line_of_unknown_errors_predicts_with_an_unknown_error()
    {
        LineFit fit = LinearRegression.FitWithErrors(X, Y, [0.2, double.NaN, 0.2, 0.4, 0.3]);
        Quantity p = fit.PredictAt(2.5, Unit.Adu);
        Assert.Equal(fit.Predict(2.5), p.Value, 12);
        Assert.Null(p.StdErr);
    }

    [Fact]
    public void The_two_point_line_predicts_each_of_its_points_with_that_point_s_own_error()
    {
        // Only the covariance -(x1 e0^2 + x0 e1^2)/dx^2 makes both predictions come back to e0 and e1.
        var y0 = new Quantity(100, Unit.Adu, 0.3);
        var y1 = new Quantity(112, Unit.Adu, 0.5);
        LineFit line = LinearRegression.ThroughTwoPoints(2, y0, 6, y1);

        Assert.Equal(3, line.Slope, 12);
        Assert.Equal(Math.Sqrt((0.3 * 0.3) + (0.5 * 0.5)) / 4, line.SlopeStdErr, 12);
        Quantity at0 = line.PredictAt(2, Unit.Adu), at1 = line.PredictAt(6, Unit.Adu);
        Assert.Equal((100, 0.3), (at0.Value, at0.StdErr!.Value), new Tolerance(1e-9));
        Assert.Equal((112, 0.5), (at1.Value, at1.StdErr!.Value), new Tolerance(1e-9));
        Assert.Equal(0, line.DegreesOfFreedom);
    }

    [Fact]
    public void The_dark_match_s_interpolated_dark_is_the_dark_lines_prediction()
    {
        // Darks at 1, 2 and 4 ms; a bright point at 3 ms has none of its own.
        EmvaLevel[] darks = [Dark(0.001, 100.1, 0.05, 4.0, 0.04), Dark(0.002, 100.3, 0.06, 4.2, 0.05), Dark(0.004, 100.6, 0.05, 4.5, 0.04)];
        EmvaDarkLevel at = new EmvaDarkMatch(darks).At(0.003);
        LineFit meanLine = LinearRegression.FitWithErrors([0.001, 0.002, 0.004], [100.1, 100.3, 100.6], [0.05, 0.06, 0.05]);

        Assert.True(at.Interpolated);
        Assert.Equal(meanLine.PredictAt(0.003, Unit.Adu), at.Mean);
        double x = 0.003;
        double analytic = Math.Sqrt((meanLine.InterceptStdErr * meanLine.InterceptStdErr) + (x * x * meanLine.SlopeStdErr * meanLine.SlopeStdErr) + (2 * x * meanLine.SlopeInterceptCovariance));
        Assert.Equal(analytic, at.Mean.StdErr!.Value, 12);
    }

    private static EmvaLevel Dark(double exposureS, double mean, double meanError, double variance, double varianceError) =>
        new(exposureS, null, 1, new Quantity(mean, Unit.Adu, meanError), new Quantity(variance, Unit.Adu2, varianceError), 0, ["d"]);

    /// <summary>Compares pairs of doubles within an absolute tolerance.</summary>
    private sealed class Tolerance(double absolute) : IEqualityComparer<(double, double)>
    {
        public bool Equals((double, double) a, (double, double) b) => Math.Abs(a.Item1 - b.Item1) <= absolute && Math.Abs(a.Item2 - b.Item2) <= absolute;

        public int GetHashCode((double, double) obj) => 0;
    }
}
