using CamTest.Core.Results;

namespace CamTest.Core.Calculators;

/// <summary>
/// Per-pixel signal-to-noise ratio. CCD/sCMOS: S / sqrt(S + Nd t + Nr^2). EMCCD (an EM gain given):
/// S / sqrt(F^2 S + F^2 Nd t + (Nr/E)^2), with excess noise factor F (sqrt 2 by default). The protocol prints
/// the read term as [-Nr/E]^2; the sign is a typesetting slip and does not change the square.
/// </summary>
public static class SignalToNoise
{
    public static readonly double DefaultExcessNoiseFactor = Math.Sqrt(2);

    public static CalculatorResult Compute(
        double signalE, double darkCurrentEPerS, double exposureS, double readNoiseE, double? emGain = null, double? excessNoise = null)
    {
        CalculatorGuard.NonNegative(signalE, "signal");
        CalculatorGuard.NonNegative(darkCurrentEPerS, "dark-current");
        CalculatorGuard.NonNegative(exposureS, "exposure");
        CalculatorGuard.NonNegative(readNoiseE, "read-noise");
        if (emGain is null && excessNoise is not null)
        {
            throw new CalculatorInputException("an excess noise factor applies only with an EM gain (--em-gain)");
        }

        bool emccd = emGain is not null;
        double gain = emGain ?? 1;
        double f = excessNoise ?? (emccd ? DefaultExcessNoiseFactor : 1);
        CalculatorGuard.AtLeast(gain, 1, "EM gain");
        CalculatorGuard.AtLeast(f, 1, "excess noise factor");

        double shotVariance = f * f * signalE;
        double darkVariance = f * f * darkCurrentEPerS * exposureS;
        double readVariance = (readNoiseE / gain) * (readNoiseE / gain);
        double totalNoise = Math.Sqrt(shotVariance + darkVariance + readVariance);
        if (totalNoise == 0)
        {
            throw new CalculatorInputException("signal, dark charge and read noise are all zero: the SNR is undefined");
        }

        var inputs = new Dictionary<string, double>
        {
            ["signalE"] = signalE, ["darkCurrentEPerS"] = darkCurrentEPerS, ["exposureS"] = exposureS, ["readNoiseE"] = readNoiseE,
        };
        if (emccd)
        {
            inputs["emGain"] = gain;
            inputs["excessNoiseFactor"] = f;
        }

        return new CalculatorResult
        {
            Name = "snr",
            Quantity = Quantity.WithUnknownError(signalE / totalNoise, Unit.One),
            Formula = emccd ? "S / sqrt(F^2 S + F^2 Nd t + (Nr/E)^2)" : "S / sqrt(S + Nd t + Nr^2)",
            Inputs = inputs,
            Derived =
            [
                DerivedQuantity.Of("shotNoise", Math.Sqrt(shotVariance), Unit.Electron),
                DerivedQuantity.Of("darkNoise", Math.Sqrt(darkVariance), Unit.Electron),
                DerivedQuantity.Of("effectiveReadNoise", Math.Sqrt(readVariance), Unit.Electron),
                DerivedQuantity.Of("totalNoise", totalNoise, Unit.Electron),
            ],
            Notes = emccd
                ? ["EMCCD formula: the excess noise factor F multiplies shot and dark noise; EM gain divides the read noise"]
                : [],
        };
    }
}
