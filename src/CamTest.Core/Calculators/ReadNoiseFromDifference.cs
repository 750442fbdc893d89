using CamTest.Core.Results;

namespace CamTest.Core.Calculators;

/// <summary>The protocol's read noise from two bias frames: sd(diff) x gain / sqrt 2, in e- rms.</summary>
public static class ReadNoiseFromDifference
{
    /// <param name="pixels">pixels in the difference image, when known: the spread's standard error; unknown without</param>
    /// <param name="gainStderr">standard error of the gain, when known; unknown without</param>
    public static CalculatorResult Compute(double diffStdAdu, double gainEPerAdu, long? pixels = null, double? gainStderr = null)
    {
        CalculatorGuard.Positive(diffStdAdu, "diff-std");
        CalculatorGuard.Positive(gainEPerAdu, "gain");
        if (gainStderr is double sg) { CalculatorGuard.NonNegative(sg, "gain stderr"); }
        // The algebra's product: the difference's spread known to 1/sqrt(2(N-1)) of itself when N is given, the gain to
        // its stated error. Both are measured, so an error not given is unknown, never 0, and the algebra keeps the
        // result's unknown (the rule DerivedQuantity.Of follows too): only with both is the read noise's error known.
        var spread = new Quantity(diffStdAdu, Unit.Adu, pixels is long n ? diffStdAdu * PixelCount.RelativeStdError(n) : null);
        Quantity noise = spread * new Quantity(gainEPerAdu, Unit.ElectronsPerAdu, gainStderr) / Math.Sqrt(2);
        return new CalculatorResult
        {
            Name = "read-noise",
            Quantity = noise,
            Formula = "sd(diff) x gain / sqrt(2)",
            Inputs = new Dictionary<string, double> { ["diffStdAdu"] = diffStdAdu, ["gainEPerAdu"] = gainEPerAdu },
            Derived = [DerivedQuantity.Of("readNoiseAdu", diffStdAdu / Math.Sqrt(2), Unit.Adu)],
        };
    }
}
