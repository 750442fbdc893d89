using CamTest.Core.Diagnostics;
using CamTest.Core.Results;

namespace CamTest.Core.Calculators;

/// <summary>The protocol's first step: a signal in grey levels to photoelectrons, (signal - bias) x gain.</summary>
public static class ElectronSignal
{
    /// <param name="signalAdu">grey level, e.g. the peak of a line profile</param>
    /// <param name="biasAdu">the camera's bias (offset) in grey levels</param>
    /// <param name="gainEPerAdu">system gain in e-/ADU (the protocol's convention)</param>
    /// <param name="biasStderr">standard error of the bias, when known (e.g. from results.json)</param>
    /// <param name="gainStderr">standard error of the gain, when known</param>
    public static CalculatorResult Compute(double signalAdu, double biasAdu, double gainEPerAdu, double? biasStderr = null, double? gainStderr = null)
    {
        CalculatorGuard.Finite(signalAdu, "signal");
        CalculatorGuard.Finite(biasAdu, "bias");
        CalculatorGuard.Positive(gainEPerAdu, "gain");
        if (biasStderr is double sb) { CalculatorGuard.NonNegative(sb, "bias stderr"); }
        if (gainStderr is double sg) { CalculatorGuard.NonNegative(sg, "gain stderr"); }
        Diagnostic[] raised = signalAdu < biasAdu
            ? [CalculatorDiagnostics.Raise(CalculatorDiagnostics.SignalBelowBias, "signal is below the bias: the result is negative, so check the bias value")]
            : [];

        double net = signalAdu - biasAdu;
        // The algebra's first-order propagation. A number typed without an error is taken as exact (the calculator's
        // convention for what the user states); with no error given at all the result claims none.
        Quantity electrons = (Quantity.Exact(signalAdu, Unit.Adu) - new Quantity(biasAdu, Unit.Adu, biasStderr ?? 0))
            * new Quantity(gainEPerAdu, Unit.ElectronsPerAdu, gainStderr ?? 0);
        return new CalculatorResult
        {
            Name = "electrons",
            Quantity = biasStderr is null && gainStderr is null ? electrons with { StdErr = null } : electrons,
            Formula = "(signal - bias) x gain",
            Inputs = new Dictionary<string, double> { ["signalAdu"] = signalAdu, ["biasAdu"] = biasAdu, ["gainEPerAdu"] = gainEPerAdu },
            Derived = [DerivedQuantity.Of("shotNoise", Math.Sqrt(Math.Max(net * gainEPerAdu, 0)), Unit.Electron)],
            Diagnostics = raised,
        };
    }
}
