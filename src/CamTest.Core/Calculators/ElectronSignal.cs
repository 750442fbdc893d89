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

        // The algebra's first-order propagation. The bias and the gain are measured: an error not given is unknown, never
        // 0, and the algebra keeps the result's unknown (the rule DerivedQuantity.Of follows too). The signal is the
        // grey level to convert, taken as given: the result's error is the conversion's, and the signal's own shot
        // noise is the derived shotNoise.
        Quantity electrons = (Quantity.Exact(signalAdu, Unit.Adu) - new Quantity(biasAdu, Unit.Adu, biasStderr))
            * new Quantity(gainEPerAdu, Unit.ElectronsPerAdu, gainStderr);
        return new CalculatorResult
        {
            Name = "electrons",
            Quantity = electrons,
            Formula = "(signal - bias) x gain",
            Inputs = new Dictionary<string, double> { ["signalAdu"] = signalAdu, ["biasAdu"] = biasAdu, ["gainEPerAdu"] = gainEPerAdu },
            Derived = [new DerivedQuantity("shotNoise", ShotNoise(electrons))],
            Diagnostics = raised,
        };
    }

    /// <summary>
    /// The Poisson noise of <paramref name="electrons"/>: sqrt(N) electrons, through the algebra, so the conversion's
    /// error reaches it (d = dN / 2 sqrt N) and an unknown one stays unknown. Below the bias there is no signal to
    /// be noisy: 0, with the error unknown (the signal-below-bias diagnostic says why).
    /// </summary>
    private static Quantity ShotNoise(Quantity electrons) => electrons.Value > 0
        ? (electrons * Quantity.Exact(1, Unit.Electron)).Sqrt()
        : Quantity.WithUnknownError(0, Unit.Electron);
}
