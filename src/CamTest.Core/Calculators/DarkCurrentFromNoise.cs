using CamTest.Core.Diagnostics;
using CamTest.Core.Results;

namespace CamTest.Core.Calculators;

/// <summary>
/// Dark current from two noise figures, as the protocol measures it: the noise of a dark pair (read + dark shot)
/// and the read noise of a bias pair. Noise terms add in quadrature, so the dark shot variance, which equals the
/// dark electrons (Poisson), is total^2 - read^2; the protocol's plain subtraction of noise values is not used.
/// </summary>
public static class DarkCurrentFromNoise
{
    public static CalculatorResult Compute(double totalNoiseE, double readNoiseE, double exposureS)
    {
        CalculatorGuard.Positive(totalNoiseE, "total-noise");
        CalculatorGuard.NonNegative(readNoiseE, "read-noise");
        CalculatorGuard.Positive(exposureS, "exposure");
        double darkVariance = (totalNoiseE * totalNoiseE) - (readNoiseE * readNoiseE);
        if (darkVariance < 0)
        {
            throw new CalculatorInputException(
                $"the dark frames' noise ({CalculatorGuard.Show(totalNoiseE)} e-) is below the read noise ({CalculatorGuard.Show(readNoiseE)} e-): dark current is unresolved at this exposure; take a longer one");
        }

        Diagnostic[] raised = darkVariance < 0.1 * readNoiseE * readNoiseE
            ? [CalculatorDiagnostics.Raise(CalculatorDiagnostics.DarkCurrentPoorlyDetermined, "dark shot noise is under 10 % of the read variance: the rate is poorly determined; a longer exposure helps")]
            : [];

        return new CalculatorResult
        {
            Name = "dark-current",
            Quantity = Quantity.WithUnknownError(darkVariance / exposureS, Unit.ElectronsPerPixelPerSecond),
            Formula = "(total-noise^2 - read-noise^2) / exposure",
            Inputs = new Dictionary<string, double> { ["totalNoiseE"] = totalNoiseE, ["readNoiseE"] = readNoiseE, ["exposureS"] = exposureS },
            Derived =
            [
                DerivedQuantity.Of("darkElectrons", darkVariance, Unit.Electron),
                DerivedQuantity.Of("darkNoise", Math.Sqrt(darkVariance), Unit.Electron),
            ],
            Diagnostics = raised,
        };
    }
}
