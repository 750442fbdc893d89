using CamTest.Core.Results;

namespace CamTest.Core.Calculators;

/// <summary>
/// The protocol's single-point mean-variance gain: gain = (mean of the two flats - bias) / (sd(diff)^2 / 2), in e-/ADU.
/// </summary>
public static class SinglePointGain
{
    /// <param name="pixels">pixels in the difference image, when known: gives the standard error, since the variance
    /// of N Gaussian samples has a relative standard error of sqrt(2/(N-1)) and the gain is inversely proportional to it.</param>
    public static CalculatorResult Compute(double biasAdu, double mean1Adu, double mean2Adu, double diffStdAdu, long? pixels = null)
    {
        CalculatorGuard.Finite(biasAdu, "bias");
        CalculatorGuard.Finite(mean1Adu, "mean1");
        CalculatorGuard.Finite(mean2Adu, "mean2");
        CalculatorGuard.Positive(diffStdAdu, "diff-std");
        double mean = (mean1Adu + mean2Adu) / 2;
        double signal = mean - biasAdu;
        if (signal <= 0)
        {
            throw new CalculatorInputException(
                $"the flats' mean ({CalculatorGuard.Show(mean)}) must lie above the bias ({CalculatorGuard.Show(biasAdu)}): are these flats lit?");
        }

        double variance = diffStdAdu * diffStdAdu / 2;
        // The signal is taken as exact (a mean over many pixels); the variance's sampling error, when the pixel count
        // gives it, goes through the algebra's quotient; without the count it stays unknown. ADU / ADU^2 is per ADU:
        // the electrons come from the Poisson identity (variance = mean in e-), which the unit algebra does not know.
        var varianceAdu2 = new Quantity(variance, Unit.Adu2, pixels is long n ? variance * PixelCount.RelativeVarianceError(n) : null);
        Quantity perAdu = Quantity.Exact(signal, Unit.Adu) / varianceAdu2;
        return new CalculatorResult
        {
            Name = "gain",
            Quantity = perAdu * Quantity.Exact(1, Unit.Electron),
            Formula = "((mean1 + mean2)/2 - bias) / (sd(diff)^2 / 2)",
            Inputs = new Dictionary<string, double>
            {
                ["biasAdu"] = biasAdu, ["mean1Adu"] = mean1Adu, ["mean2Adu"] = mean2Adu, ["diffStdAdu"] = diffStdAdu,
            },
            Derived = [DerivedQuantity.Of("signalAdu", signal, Unit.Adu), DerivedQuantity.Of("varianceAdu2", variance, Unit.Adu2)],
            Notes = ["read noise adds to the variance at low signal and biases a single point low; the photon transfer fit (camtest analyze) removes it"],
        };
    }
}
