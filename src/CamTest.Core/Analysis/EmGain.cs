using CamTest.Core.Results;

namespace CamTest.Core.Analysis;

/// <summary>
/// The protocol's EM gain test and advice. The multiplication factor is the ratio of bias-subtracted signal per
/// unit exposure with and without EM gain on the same dim scene; the advice is the EM gain that lifts the signal
/// over the read noise (4-5 x the rms read noise in electrons) without wearing the register (at most 300).
/// </summary>
public static class EmGain
{
    public const double MaximumAdvised = 300;

    /// <summary>
    /// (amplified - its bias) / amplified exposure over (reference - its bias) / reference exposure. The two biases are
    /// the offsets at each stack's own set point; pass the same one twice when only one was measured.
    /// </summary>
    public static Quantity Factor(
        Quantity referenceMeanAdu, double referenceExposureMs, Quantity referenceBiasAdu,
        Quantity amplifiedMeanAdu, double amplifiedExposureMs, Quantity amplifiedBiasAdu)
    {
        // Each rate is (mean - bias) / exposure and the factor their quotient, every error through the algebra: one
        // frame gives a mean but not its error, and a bias from maps states none, and either leaves the factor's error
        // unknown rather than one that leaves that term out. The biases' errors are taken as independent of each other
        // (when the same bias is passed twice its error partly cancels in the ratio, so this errs on the wide side).
        Quantity refRate = (referenceMeanAdu - referenceBiasAdu) / referenceExposureMs;
        Quantity ampRate = (amplifiedMeanAdu - amplifiedBiasAdu) / amplifiedExposureMs;
        if (refRate.Value <= 0)
        {
            throw new InsufficientDataException("the reference (EM gain 1) frames hold no signal above the bias: the EM gain factor cannot be measured");
        }

        Quantity ratio = ampRate / refRate;
        return new Quantity(ratio.Value, Unit.Times, ratio.StdErr);
    }

    /// <summary>
    /// EM gain from the amplified frames' noise. Multiplication turns N electrons of shot noise into a variance of
    /// F^2 G^2 N, so (var - read var) g / signal = F^2 G, with g the conversion gain (e-/ADU) and signal in ADU. The
    /// excess noise factor of a long multiplication register is F^2 = 2 - 1/G (1 at G = 1, 2 at high gain), which
    /// gives G = (x + 1) / 2 for x = F^2 G; taking F^2 = 2 throughout would read 0.5 low at every gain (12 % at 5x).
    /// </summary>
    public static Quantity FactorFromNoise(Quantity varianceAdu2, Quantity readVarianceAdu2, Quantity signalAdu, Quantity gainEPerAdu)
    {
        // x = F^2 G: electrons of variance per electron of signal (Poisson: e-^2 counted as e-), a pure number.
        Quantity x = (varianceAdu2 - readVarianceAdu2) * gainEPerAdu / signalAdu;
        return x.Apply((x.Value + 1) / 2, 0.5, Unit.Times);
    }

    /// <summary>The advised EM gain range for a read noise in electrons: 4-5 x rms, capped at 300.</summary>
    public static AdvisedEmGain Advised(double readNoiseElectrons) =>
        new(Math.Min(4 * readNoiseElectrons, MaximumAdvised), Math.Min(5 * readNoiseElectrons, MaximumAdvised));
}
