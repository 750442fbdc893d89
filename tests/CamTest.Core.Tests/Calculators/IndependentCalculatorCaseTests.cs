using CamTest.Core.Calculators;

namespace CamTest.Core.Tests.Calculators;

/// <summary>
/// One case per formula beyond the protocol's own numbers; expected values worked by hand (shown in each comment)
/// and checked with python3, not taken from this code.
/// </summary>
public class IndependentCalculatorCaseTests
{
    // Results are a few float operations from exact decimal inputs: 1e-9 relative is far above rounding error.
    private const double Tight = 1e-9;

    [Fact]
    public void Electrons_of_a_signal_2500_over_bias_500_at_gain_0_5() =>
        Assert.Equal(1000, ElectronSignal.Compute(2500, 500, 0.5).Quantity.Value, Tight);

    [Fact]
    public void Single_point_gain_of_3_035_from_a_worked_flat_pair()
    {
        // ((11070.8 + 11118.2)/2 - 488.9) / (83.6^2 / 2) = 10605.6 / 3494.48 = 3.034958
        CalculatorResult result = SinglePointGain.Compute(488.9, 11070.8, 11118.2, 83.6);
        Assert.Equal(3.034958, result.Quantity.Value, 1e-6);
        Assert.Equal("e-/ADU", result.Quantity.Unit.Symbol);
        Assert.Null(result.Quantity.StdErr);
    }

    [Fact]
    public void Read_noise_from_diff_sd_2_at_gain_1_5()
    {
        // 2.0 x 1.5 / sqrt 2 = 2.1213203
        Assert.Equal(2.1213203435596424, ReadNoiseFromDifference.Compute(2.0, 1.5).Quantity.Value, Tight);
    }

    [Fact]
    public void Dark_current_adds_in_quadrature_not_by_subtraction()
    {
        // total 5 e-, read 3 e- over 10 s: dark variance 25 - 9 = 16 e- -> 1.6 e-/pixel/s
        // (plain subtraction would give (5 - 3)^2 / 10 = 0.4, the protocol's slip).
        CalculatorResult result = DarkCurrentFromNoise.Compute(5, 3, 10);
        Assert.Equal(1.6, result.Quantity.Value, Tight);
        Assert.Equal(4, result.Derived.Single(d => d.Name == "darkNoise").Quantity.Value, Tight);
    }

    [Fact]
    public void Dark_noise_below_read_noise_is_refused()
    {
        var ex = Assert.Throws<CalculatorInputException>(() => DarkCurrentFromNoise.Compute(2, 3, 1));
        Assert.Contains("below the read noise", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Ccd_snr_of_100_electrons_with_10_e_read_noise()
    {
        // 100 / sqrt(100 + 1 x 1 + 10^2) = 7.0534562
        CalculatorResult result = SignalToNoise.Compute(100, 1, 1, 10);
        Assert.Equal(7.053456158585982, result.Quantity.Value, Tight);
        Assert.Equal("S / sqrt(S + Nd t + Nr^2)", result.Formula);
    }

    [Fact]
    public void Emccd_snr_uses_excess_noise_sqrt2_and_read_noise_over_em_gain()
    {
        // 100 / sqrt(2 x 100 + 2 x 1 + (50/100)^2) = 7.0316255
        CalculatorResult result = SignalToNoise.Compute(100, 1, 1, 50, emGain: 100);
        Assert.Equal(7.0316255393463, result.Quantity.Value, Tight);
        Assert.Equal(Math.Sqrt(2), result.Inputs["excessNoiseFactor"], Tight);
    }

    [Fact]
    public void Emccd_snr_with_a_stated_excess_noise_factor()
    {
        // F = 1 and E = 1 reduce the EMCCD formula to the CCD one: 100 / sqrt(201).
        Assert.Equal(100 / Math.Sqrt(201), SignalToNoise.Compute(100, 1, 1, 10, emGain: 1, excessNoise: 1).Quantity.Value, Tight);
    }

    [Fact]
    public void Nyquist_rayleigh_for_a_water_objective()
    {
        // 60x/1.2 water at 520 nm: 0.61 x 520 / 1.2 / 2 x 60 / 1000 = 7.93 um
        CalculatorResult result = NyquistPixelSize.Compute(60, 1.2, 520, NyquistCriterion.Rayleigh, immersionIndex: 1.333);
        Assert.Equal(7.93, result.Quantity.Value, Tight);
    }

    [Fact]
    public void Pixel_area_ratio_of_16_against_8_um_is_4()
    {
        CalculatorResult result = PixelAreaRatio.Compute(16, 8);
        Assert.Equal(4, result.Quantity.Value, Tight);
        Assert.Equal(25, result.Derived.Single(d => d.Name == "referencePhotonsPer100").Quantity.Value, Tight);
    }

    [Fact]
    public void Em_gain_advice_is_4_to_5_times_read_noise_capped_at_300()
    {
        CalculatorResult fifty = EmGainAdvice.Compute(50);
        Assert.Equal(250, fifty.Quantity.Value, Tight);
        Assert.Equal(200, fifty.Derived.Single(d => d.Name == "lowest").Quantity.Value, Tight);
        Assert.Equal(300, EmGainAdvice.Compute(100).Quantity.Value, Tight);
    }
}
