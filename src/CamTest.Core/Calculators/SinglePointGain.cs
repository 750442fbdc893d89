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
        double gain = signal / variance;
        double? stderr = pixels is long n ? gain * PixelCount.RelativeVarianceError(n) : null;
        return new CalculatorResult
        {
            Name = "gain",
            Value = gain,
            Unit = "e-/ADU",
            Stderr = stderr,
            Formula = "((mean1 + mean2)/2 - bias) / (sd(diff)^2 / 2)",
            Inputs = new Dictionary<string, double>
            {
                ["biasAdu"] = biasAdu, ["mean1Adu"] = mean1Adu, ["mean2Adu"] = mean2Adu, ["diffStdAdu"] = diffStdAdu,
            },
            Derived = [new DerivedQuantity("signalAdu", signal, "ADU"), new DerivedQuantity("varianceAdu2", variance, "ADU^2")],
            Notes = ["read noise adds to the variance at low signal and biases a single point low; the photon transfer fit (camtest analyze) removes it"],
        };
    }
}
