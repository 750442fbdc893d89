using CamTest.Core.Fitting;
using CamTest.Core.Tests.Analysis;

namespace CamTest.Core.Tests.Fitting;

/// <summary>The one weighted least-squares entry: errors in, chi-square per dof out, Birge widening, one floor policy.</summary>
public class FitWithErrorsTests
{
    private static readonly double[] X = [1, 2, 3, 4, 5, 6, 7, 8];

    [Fact]
    public void A_line_within_its_errors_keeps_the_error_its_points_give()
    {
        // Exactly on the line: chi2 = 0, so the slope error is the analytic 1 / sqrt(sum w (x - xw)^2) unwidened.
        double[] s = [0.1, 0.1, 0.2, 0.2, 0.1, 0.1, 0.2, 0.2];
        double[] y = [.. X.Select(x => 3 + (2 * x))];
        LineFit fit = LinearRegression.FitWithErrors(X, y, s);
        double[] w = [.. s.Select(e => 1 / (e * e))];
        double xw = X.Zip(w).Sum(p => p.First * p.Second) / w.Sum();
        double sxx = X.Zip(w).Sum(p => p.Second * (p.First - xw) * (p.First - xw));
        Assert.Equal(2, fit.Slope, 1e-12);
        Assert.Equal(1 / Math.Sqrt(sxx), fit.SlopeStdErr, 1e-12);
        Assert.Equal(0, fit.ChiSquarePerDegreeOfFreedom!.Value, 1e-12);
        Assert.Equal(1, fit.BirgeRatio);
        Assert.False(fit.IsNotALine);
    }

    [Fact]
    public void Scatter_by_the_errors_gives_chi2_per_dof_near_1_and_rarely_calls_the_line_bent()
    {
        // 2000 straight lines with Gaussian scatter of the stated errors: the mean chi2/dof is 1 with standard error
        // sqrt(2/6)/sqrt(2000) = 0.013 (chi2 with 6 dof), so it must lie within 1 +- 0.06 (4.5 standard errors); the
        // misfit test at p < 0.01 fires about 20 times in 2000 (binomial sd 4.4), so 5 to 40 (4.5 sd) is chance.
        var gauss = new Gaussian(7);
        double[] s = [.. X.Select(x => 0.05 * x)];
        double sum = 0;
        int bent = 0;
        const int trials = 2000;
        for (int t = 0; t < trials; t++)
        {
            double[] y = [.. X.Select((x, i) => 3 + (2 * x) + gauss.Next(s[i]))];
            LineFit fit = LinearRegression.FitWithErrors(X, y, s);
            sum += fit.ChiSquarePerDegreeOfFreedom!.Value;
            bent += fit.IsNotALine ? 1 : 0;
        }

        Assert.InRange(sum / trials, 0.94, 1.06);
        Assert.InRange(bent, 5, 40);
    }

    [Fact]
    public void A_bent_curve_widens_the_slope_error_by_the_Birge_ratio_and_is_called_not_a_line()
    {
        double[] s = [.. X.Select(_ => 0.01)];
        double[] y = [.. X.Select(x => (2 * x) - (0.05 * x * x))];
        LineFit fit = LinearRegression.FitWithErrors(X, y, s);
        LineFit unwidened = LinearRegression.FitWithErrors(X, [.. X.Select(x => 2 * x)], s);
        Assert.True(fit.ChiSquarePerDegreeOfFreedom > 100);
        Assert.Equal(Math.Sqrt(fit.ChiSquarePerDegreeOfFreedom!.Value), fit.BirgeRatio, 1e-12);
        Assert.Equal(unwidened.SlopeStdErr * fit.BirgeRatio, fit.SlopeStdErr, 1e-12);
        Assert.True(fit.IsNotALine);
        Assert.True(fit.MisfitProbability < 1e-6);
    }

    [Fact]
    public void A_zero_error_takes_the_smallest_known_one()
    {
        double[] y = [3.1, 5, 6.9, 9.2, 11, 12.8, 15.1, 17];
        LineFit floored = LinearRegression.FitWithErrors(X, y, [0.2, 0, 0.3, 0.25, 0.2, 0.4, 0, 0.3]);
        LineFit explicitFloor = LinearRegression.FitWithErrors(X, y, [0.2, 0.2, 0.3, 0.25, 0.2, 0.4, 0.2, 0.3]);
        Assert.Equal(explicitFloor.Slope, floored.Slope, 1e-12);
        Assert.Equal(explicitFloor.SlopeStdErr, floored.SlopeStdErr, 1e-12);
        Assert.False(floored.HasUnknownPointErrors);
        Assert.Equal(0.2, LinearRegression.StandardErrorFloor([0.2, 0, 0.3, double.NaN]));
    }

    [Fact]
    public void An_unknown_error_leaves_the_line_unweighted_and_its_errors_unknown()
    {
        // One point of unknown error among known ones: it cannot be weighted, so the line is the ordinary one and
        // neither its parameter errors nor a chi-square can be claimed (the floor used to give it the best weight).
        double[] y = [3.1, 5, 6.9, 9.2, 11, 12.8, 15.1, 17];
        LineFit ordinary = LinearRegression.Fit(X, y);
        foreach (double unknown in new[] { double.NaN, double.PositiveInfinity })
        {
            LineFit fit = LinearRegression.FitWithErrors(X, y, [0.2, 0.1, 0.3, unknown, 0.2, 0.4, 0.2, 0.3]);
            Assert.Equal(ordinary.Slope, fit.Slope, 1e-12);
            Assert.Equal(ordinary.Intercept, fit.Intercept, 1e-12);
            Assert.True(double.IsNaN(fit.SlopeStdErr) && double.IsNaN(fit.InterceptStdErr) && double.IsNaN(fit.SlopeInterceptCovariance));
            Assert.True(fit.HasUnknownPointErrors);
            Assert.Null(fit.ChiSquarePerDegreeOfFreedom);
            Assert.False(fit.IsNotALine);

            // results.json then writes the line without a stderr: unknown, not 0 and not NaN.
            var section = CamTest.Core.Session.ResultsMapper.Line(fit, CamTest.Core.Results.DarkCurrentFigures.NoiseFitIntercept, CamTest.Core.Results.DarkCurrentFigures.NoiseFitSlope);
            Assert.Null(section.Slope.StdErr);
            Assert.Null(section.Intercept.StdErr);
        }

        Assert.Throws<ArgumentOutOfRangeException>(() => LinearRegression.FitWithErrors(X, y, [0.2, 0.1, 0.3, -1, 0.2, 0.4, 0.2, 0.3]));
    }

    [Fact]
    public void Without_any_known_error_the_fit_is_unweighted_and_reports_no_chi2()
    {
        double[] y = [3.1, 5, 6.9, 9.2, 11, 12.8, 15.1, 17];
        LineFit fit = LinearRegression.FitWithErrors(X, y, [0, 0, 0, 0, 0, 0, 0, 0]);
        LineFit ordinary = LinearRegression.Fit(X, y);
        Assert.Equal(ordinary.SlopeStdErr, fit.SlopeStdErr, 1e-12);
        Assert.Null(fit.ChiSquarePerDegreeOfFreedom);
        Assert.Null(fit.MisfitProbability);
    }
}
