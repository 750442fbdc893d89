using CamTest.Core.Analysis;
using CamTest.Core.Results;

namespace CamTest.Core.Tests.Analysis;

public class BiasStabilityTests
{
    [Fact]
    public void Level_is_the_mean_of_frame_means_and_drift_the_fitted_slope()
    {
        double[] means = [.. Enumerable.Range(0, 100).Select(i => 100 + (0.002 * i))];
        BiasStabilityResult r = BiasStability.Analyze(means, new Quantity(2, Unit.ElectronsPerAdu, 0.01));
        Assert.Equal(100.099, r.Level.Value, 9);
        Assert.Equal(0.002, r.Drift.Value, 12);
        Assert.Equal(0.099, r.MaxDeviationAdu.Value, 9);
        Assert.Equal(0.198, r.MaxDeviationElectrons!.Value, 9);
        Assert.True(r.Pass);
    }

    [Fact]
    public void The_deviation_in_electrons_carries_the_gain_s_error()
    {
        // Product rule: d(D g) = sqrt((g sD)^2 + (D sg)^2), sD the single-frame scatter (the fit's residual sd).
        double[] means = [.. Enumerable.Range(0, 100).Select(i => 100 + (0.3 * Math.Sin(i * 0.7)))];
        var gain = new Quantity(2, Unit.ElectronsPerAdu, 0.08);
        BiasStabilityResult r = BiasStability.Analyze(means, gain);
        double d = r.MaxDeviationAdu.Value, sd = r.Fit.ResidualStd;
        Assert.Equal(sd, r.MaxDeviationAdu.StdErr);
        Assert.Equal(d * 2, r.MaxDeviationElectrons!.Value, 12);
        Assert.Equal(Math.Sqrt(Math.Pow(2 * sd, 2) + Math.Pow(d * 0.08, 2)), r.MaxDeviationElectrons.StdErr!.Value, 12);
        Assert.Equal(Unit.Electron, r.MaxDeviationElectrons.Unit);
        Assert.Null(BiasStability.Analyze(means, Quantity.WithUnknownError(2, Unit.ElectronsPerAdu)).MaxDeviationElectrons!.StdErr);
    }

    [Fact]
    public void A_bias_wandering_more_than_one_electron_fails()
    {
        double[] means = [.. Enumerable.Range(0, 100).Select(i => 100 + (i == 50 ? 1.0 : 0.0))];
        BiasStabilityResult r = BiasStability.Analyze(means, new Quantity(1.5, Unit.ElectronsPerAdu, 0.01));
        Assert.False(r.Pass);
    }

    [Fact]
    public void Without_a_gain_the_verdict_is_unknown_rather_than_guessed()
    {
        BiasStabilityResult r = BiasStability.Analyze([100, 100.1, 99.9, 100], null);
        Assert.Null(r.Pass);
        Assert.Null(r.MaxDeviationElectrons);
    }
}
