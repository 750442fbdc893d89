namespace CamTest.Core.Calculators;

/// <summary>The protocol's read noise from two bias frames: sd(diff) x gain / sqrt 2, in e- rms.</summary>
public static class ReadNoise
{
    /// <param name="pixels">pixels in the difference image, when known, for the standard error</param>
    public static CalculatorResult Compute(double diffStdAdu, double gainEPerAdu, long? pixels = null)
    {
        CalculatorGuard.Positive(diffStdAdu, "diff-std");
        CalculatorGuard.Positive(gainEPerAdu, "gain");
        double noise = diffStdAdu * gainEPerAdu / Math.Sqrt(2);
        return new CalculatorResult
        {
            Name = "read-noise",
            Value = noise,
            Unit = "e-",
            Stderr = pixels is long n ? noise * PixelCount.RelativeStdError(n) : null,
            Formula = "sd(diff) x gain / sqrt(2)",
            Inputs = new Dictionary<string, double> { ["diffStdAdu"] = diffStdAdu, ["gainEPerAdu"] = gainEPerAdu },
            Derived = [new DerivedQuantity("readNoiseAdu", diffStdAdu / Math.Sqrt(2), "ADU")],
        };
    }
}
