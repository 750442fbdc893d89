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
        Assert.Equal(0.099, r.MaxDeviationAdu, 9);
        Assert.Equal(0.198, r.MaxDeviationElectrons!.Value, 9);
        Assert.True(r.Pass);
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
