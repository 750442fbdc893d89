using CamTest.Core.Fitting;

namespace CamTest.Core.Tests.Fitting;

public class AbsoluteWeightsTests
{
    [Fact]
    public void Known_point_errors_give_slope_errors_that_cover_the_truth_even_with_four_points()
    {
        // Four points with known sigma = 0.5: with relative weights the scatter of 2 degrees of freedom sets the error
        // and |z| > 2 happens 18 % of the time (Student t, 2 dof); with absolute weights it is the normal 4.6 %.
        // 4000 fits: binomial sd of the fraction 0.33 %, so beyond-2 must stay under 4.6 % + 4 sd = 5.9 %.
        var rng = new Random(99);
        double[] x = [1, 2, 5, 10];
        int beyond = 0;
        const int trials = 4000;
        for (int t = 0; t < trials; t++)
        {
            double[] y = [.. x.Select(v => 3 + (2 * v) + (0.5 * Normal(rng)))];
            LineFit fit = LinearRegression.FitWithErrors(x, y, [0.5, 0.5, 0.5, 0.5]);
            beyond += Math.Abs(fit.Slope - 2) > 2 * fit.SlopeStdErr ? 1 : 0;
        }

        Assert.InRange(beyond / (double)trials, 0.0, 0.059);
    }

    private static double Normal(Random rng) =>
        Math.Sqrt(-2 * Math.Log(1 - rng.NextDouble())) * Math.Cos(2 * Math.PI * rng.NextDouble());
}
