using CamTest.Cli.Commands;
using CamTest.Core.Results;

namespace CamTest.Cli.Tests;

public class ProfileCalibrationTests
{
    [Fact]
    public void Electrons_carry_the_bias_and_gain_errors_to_first_order()
    {
        // (grey - bias) x gain: s^2 = (gain x s(bias))^2 + ((grey - bias) x s(gain))^2, to rounding.
        var calibration = new ProfileCalibration(new Quantity(100, Unit.Adu, 0.1), new Quantity(2, Unit.ElectronsPerAdu, 0.01));
        Quantity e = calibration.Electrons(1731);
        Assert.Equal(3262, e.Value, 9);
        Assert.Equal(Math.Sqrt((0.2 * 0.2) + (16.31 * 16.31)), e.StdErr!.Value, 1e-9);
        Assert.Equal(Unit.Electron, e.Unit);
    }

    [Fact]
    public void A_bias_that_states_no_error_leaves_the_electrons_error_unknown_not_the_gains_alone()
    {
        // A results.json whose bias came from maps has no bias.level stderr: the gain's error alone would understate it.
        var calibration = new ProfileCalibration(Quantity.WithUnknownError(100, Unit.Adu), new Quantity(2, Unit.ElectronsPerAdu, 0.01));
        Assert.Null(calibration.Electrons(1731).StdErr);
        Assert.Null(ProfileCalibration.Given(100, 2).Electrons(1731).StdErr);
    }
}
