using CamTest.Core.Calculators;

namespace CamTest.Core.Tests.Calculators;

public class CalculatorInputCheckTests
{
    [Fact]
    public void Zero_gain_is_refused() =>
        Assert.Contains("gain", Assert.Throws<CalculatorInputException>(() => ElectronSignal.Compute(1000, 100, 0)).Message, StringComparison.Ordinal);

    [Fact]
    public void Negative_exposure_is_refused() =>
        Assert.Contains("exposure", Assert.Throws<CalculatorInputException>(() => SignalToNoise.Compute(100, 1, -1, 2)).Message, StringComparison.Ordinal);

    [Fact]
    public void NA_above_the_immersion_index_is_refused()
    {
        var ex = Assert.Throws<CalculatorInputException>(() => NyquistPixelSize.Compute(100, 1.6, 509));
        Assert.Contains("1.518", ex.Message, StringComparison.Ordinal);
        // A dry objective cannot reach NA 1.
        Assert.Throws<CalculatorInputException>(() => NyquistPixelSize.Compute(20, 1.05, 509, immersionIndex: 1.0));
    }

    [Fact]
    public void Flats_below_the_bias_are_refused() =>
        Assert.Throws<CalculatorInputException>(() => SinglePointGain.Compute(500, 400, 420, 10));

    [Fact]
    public void Excess_noise_without_em_gain_is_refused() =>
        Assert.Throws<CalculatorInputException>(() => SignalToNoise.Compute(100, 1, 1, 2, excessNoise: 1.4));

    [Fact]
    public void Not_a_number_is_refused() =>
        Assert.Throws<CalculatorInputException>(() => PixelAreaRatio.Compute(double.NaN, 6.5));
}
