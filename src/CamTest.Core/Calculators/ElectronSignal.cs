namespace CamTest.Core.Calculators;

/// <summary>The protocol's first step: a signal in grey levels to photoelectrons, (signal - bias) x gain.</summary>
public static class ElectronSignal
{
    /// <param name="signalAdu">grey level, e.g. the peak of a line profile</param>
    /// <param name="biasAdu">the camera's bias (offset) in grey levels</param>
    /// <param name="gainEPerAdu">system gain in e-/ADU (the protocol's convention)</param>
    public static CalculatorResult Compute(double signalAdu, double biasAdu, double gainEPerAdu)
    {
        CalculatorGuard.Finite(signalAdu, "signal");
        CalculatorGuard.Finite(biasAdu, "bias");
        CalculatorGuard.Positive(gainEPerAdu, "gain");
        var notes = new List<string>();
        if (signalAdu < biasAdu)
        {
            notes.Add("signal is below the bias: the result is negative, so check the bias value");
        }

        return new CalculatorResult
        {
            Name = "electrons",
            Value = (signalAdu - biasAdu) * gainEPerAdu,
            Unit = "e-",
            Formula = "(signal - bias) x gain",
            Inputs = new Dictionary<string, double> { ["signalAdu"] = signalAdu, ["biasAdu"] = biasAdu, ["gainEPerAdu"] = gainEPerAdu },
            Notes = notes,
        };
    }
}
