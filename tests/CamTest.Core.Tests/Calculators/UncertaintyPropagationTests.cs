using CamTest.Core.Calculators;

namespace CamTest.Core.Tests.Calculators;

/// <summary>Standard errors of inputs carried through first-order propagation; expected values worked by hand.</summary>
public class UncertaintyPropagationTests
{
    [Fact]
    public void Electrons_carry_the_bias_and_gain_errors()
    {
        // sqrt((1.18 x 0.5)^2 + (1691 x 0.01)^2) = sqrt(0.3481 + 285.9481) = 16.92029
        CalculatorResult result = ElectronSignal.Compute(1791, 100, 1.18, biasStderr: 0.5, gainStderr: 0.01);
        Assert.Equal(16.92029, result.Quantity.StdErr!.Value, 1e-5);
    }

    [Fact]
    public void Electrons_without_input_errors_have_no_stderr() =>
        Assert.Null(ElectronSignal.Compute(1791, 100, 1.18).Quantity.StdErr);

    [Fact]
    public void Read_noise_carries_the_gain_s_relative_error()
    {
        // A 2 % gain error with a spread known far better (1e10 pixels: 7e-4 %) gives 2 % of 2.1213203 = 0.0424264 e-.
        CalculatorResult result = ReadNoiseFromDifference.Compute(2.0, 1.5, pixels: 10_000_000_001, gainStderr: 0.03);
        Assert.Equal(0.0424264, result.Quantity.StdErr!.Value, 1e-7);
    }

    /// <summary>
    /// One rule with DerivedQuantity.Of and the algebra: an input error not given is unknown, never 0, so the result's
    /// is unknown (before, the missing one was counted as 0 and the result claimed only the given error).
    /// </summary>
    [Fact]
    public void A_missing_input_error_gives_an_unknown_output_error()
    {
        Assert.Null(ReadNoiseFromDifference.Compute(2.0, 1.5, gainStderr: 0.03).Quantity.StdErr);
        Assert.Null(ReadNoiseFromDifference.Compute(2.0, 1.5, pixels: 5001).Quantity.StdErr);
        Assert.Null(ElectronSignal.Compute(1791, 100, 1.18, biasStderr: 0.5).Quantity.StdErr);
        Assert.Null(ElectronSignal.Compute(1791, 100, 1.18, gainStderr: 0.01).Quantity.StdErr);
        // A stated error of 0 is known: exact inputs give an exact result, not an unknown one.
        Assert.Equal(0, ElectronSignal.Compute(1791, 100, 1.18, biasStderr: 0, gainStderr: 0).Quantity.StdErr);
    }

    [Fact]
    public void Read_noise_adds_pixel_and_gain_errors_in_quadrature()
    {
        // 5001 pixels: 1/sqrt(2 x 5000) = 1 %; with a 2 % gain error: sqrt(1 + 4) % = 2.2360680 % of 2.1213203.
        CalculatorResult result = ReadNoiseFromDifference.Compute(2.0, 1.5, pixels: 5001, gainStderr: 0.03);
        Assert.Equal(2.1213203435596424 * 0.022360680, result.Quantity.StdErr!.Value, 1e-7);
    }
}
