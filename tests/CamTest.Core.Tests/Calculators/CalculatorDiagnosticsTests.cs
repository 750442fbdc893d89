using CamTest.Core.Calculators;
using CamTest.Core.Diagnostics;

namespace CamTest.Core.Tests.Calculators;

/// <summary>A calculator raises a coded diagnostic when, and only when, the inputs call for it (issue 9).</summary>
public class CalculatorDiagnosticsTests
{
    [Fact]
    public void A_signal_below_the_bias_is_raised_and_one_above_it_is_not()
    {
        Assert.Same(CalculatorDiagnostics.SignalBelowBias, Assert.Single(ElectronSignal.Compute(100, 1000, 2).Diagnostics).Code);
        Assert.Empty(ElectronSignal.Compute(1000, 100, 2).Diagnostics);
    }

    [Fact]
    public void Dark_shot_noise_under_a_tenth_of_the_read_variance_is_raised()
    {
        // 2.05^2 - 2^2 = 0.2025 e-^2 < 0.4 (10 % of 4); 3^2 - 2^2 = 5 is not.
        Assert.Same(CalculatorDiagnostics.DarkCurrentPoorlyDetermined, Assert.Single(DarkCurrentFromNoise.Compute(2.05, 2, 1).Diagnostics).Code);
        Assert.Empty(DarkCurrentFromNoise.Compute(3, 2, 1).Diagnostics);
    }

    [Theory]
    [InlineData(70, "calc.em-gain-capped")] // 5 x 70 = 350 > 300
    [InlineData(0.3, "calc.em-gain-unhelpful")] // advised 1.5 x: below 2
    [InlineData(10, null)]
    public void Em_gain_advice_raises_its_cap_and_its_futility_by_code(double readNoiseE, string? code)
    {
        CalculatorResult advice = EmGainAdvice.Compute(readNoiseE);

        Assert.Equal(code is null ? [] : [code], advice.Diagnostics.Select(d => d.Code.Id));
        Assert.Single(advice.Notes); // the formula's own note stays a note, whatever the input
    }
}
