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

    public static Quantity Factor(
        Quantity referenceMeanAdu, double referenceExposureMs, Quantity amplifiedMeanAdu, double amplifiedExposureMs, Quantity biasAdu)
    {
        double refRate = (referenceMeanAdu.Value - biasAdu.Value) / referenceExposureMs;
        double ampRate = (amplifiedMeanAdu.Value - biasAdu.Value) / amplifiedExposureMs;
        if (refRate <= 0)
        {
            throw new InsufficientDataException("the reference (EM gain 1) frames hold no signal above the bias: the EM gain factor cannot be measured");
        }

        double factor = ampRate / refRate;
        double b = biasAdu.StdErr ?? 0;
        double refSignalErr = Math.Sqrt(Math.Pow(referenceMeanAdu.StdErr ?? 0, 2) + (b * b));
        double ampSignalErr = Math.Sqrt(Math.Pow(amplifiedMeanAdu.StdErr ?? 0, 2) + (b * b));
        double rel = Math.Sqrt(
            Math.Pow(refSignalErr / (referenceMeanAdu.Value - biasAdu.Value), 2)
            + Math.Pow(ampSignalErr / (amplifiedMeanAdu.Value - biasAdu.Value), 2));
        return new Quantity(factor, "x", Math.Abs(factor) * rel);
    }

    /// <summary>The advised EM gain range for a read noise in electrons: 4-5 x rms, capped at 300.</summary>
    public static (double Low, double High) Advised(double readNoiseElectrons) =>
        (Math.Min(4 * readNoiseElectrons, MaximumAdvised), Math.Min(5 * readNoiseElectrons, MaximumAdvised));
}
