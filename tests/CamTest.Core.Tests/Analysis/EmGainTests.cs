using CamTest.Core.Analysis;
using CamTest.Core.Results;

namespace CamTest.Core.Tests.Analysis;

public class EmGainTests
{
    [Fact]
    public void The_signal_ratio_carries_every_mean_and_bias_error_to_first_order()
    {
        // F = ((A - a) / tA) / ((R - r) / tR): relative error sqrt((sA^2 + sa^2) / (A - a)^2 + (sR^2 + sr^2) / (R - r)^2),
        // the analytic first-order result for independent means and biases (to rounding, 1e-12 relative).
        Quantity factor = EmGain.Factor(
            new Quantity(600, Unit.Adu, 0.2), 1000, new Quantity(500, Unit.Adu, 0.1),
            new Quantity(5500, Unit.Adu, 3), 100, new Quantity(480, Unit.Adu, 0.5));

        double expected = (5020.0 / 100) / (100.0 / 1000);
        double relative = Math.Sqrt(((0.2 * 0.2) + (0.1 * 0.1)) / (100.0 * 100) + (((3.0 * 3) + (0.5 * 0.5)) / (5020.0 * 5020)));
        Assert.Equal(expected, factor.Value, 9);
        Assert.Equal(expected * relative, factor.StdErr!.Value, expected * relative * 1e-12);
        Assert.Equal(Unit.Times, factor.Unit);
    }

    [Fact]
    public void A_bias_that_states_no_error_leaves_the_ratio_error_unknown_not_zero()
    {
        // A bias given as calibration maps has no stated error: the ratio keeps its value and says its error is unknown
        // (it used to be taken as exact, an error bar that left the offsets out).
        Quantity mapsBias = Quantity.WithUnknownError(500, Unit.Adu);
        Quantity factor = EmGain.Factor(new Quantity(600, Unit.Adu, 0.2), 1000, mapsBias, new Quantity(5500, Unit.Adu, 3), 100, mapsBias);
        Assert.Equal(500, factor.Value, 9);
        Assert.Null(factor.StdErr);

        Quantity oneFrame = EmGain.Factor(Quantity.WithUnknownError(600, Unit.Adu), 1000, new Quantity(500, Unit.Adu, 0.1), new Quantity(5500, Unit.Adu, 3), 100, new Quantity(500, Unit.Adu, 0.1));
        Assert.Null(oneFrame.StdErr);
    }
}
