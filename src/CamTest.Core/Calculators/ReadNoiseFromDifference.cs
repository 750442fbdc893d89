namespace CamTest.Core.Calculators;

/// <summary>The protocol's read noise from two bias frames: sd(diff) x gain / sqrt 2, in e- rms.</summary>
public static class ReadNoiseFromDifference
{
    /// <param name="pixels">pixels in the difference image, when known, for the standard error</param>
    /// <param name="gainStderr">standard error of the gain, when known; adds to the relative error in quadrature</param>
    public static CalculatorResult Compute(double diffStdAdu, double gainEPerAdu, long? pixels = null, double? gainStderr = null)
    {
        CalculatorGuard.Positive(diffStdAdu, "diff-std");
        CalculatorGuard.Positive(gainEPerAdu, "gain");
        if (gainStderr is double sg) { CalculatorGuard.NonNegative(sg, "gain stderr"); }
        double noise = diffStdAdu * gainEPerAdu / Math.Sqrt(2);
        double? relative = pixels is null && gainStderr is null
            ? null
            : Math.Sqrt(Math.Pow(pixels is long n ? PixelCount.RelativeStdError(n) : 0, 2) + Math.Pow((gainStderr ?? 0) / gainEPerAdu, 2));
        return new CalculatorResult
        {
            Name = "read-noise",
            Value = noise,
            Unit = "e-",
            Stderr = noise * relative,
            Formula = "sd(diff) x gain / sqrt(2)",
            Inputs = new Dictionary<string, double> { ["diffStdAdu"] = diffStdAdu, ["gainEPerAdu"] = gainEPerAdu },
            Derived = [new DerivedQuantity("readNoiseAdu", diffStdAdu / Math.Sqrt(2), "ADU")],
        };
    }
}
