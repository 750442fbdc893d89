namespace CamTest.Core.Diagnostics;

/// <summary>
/// Diagnostics of the protocol's calculators (<c>camtest calc</c>): what the inputs given make of the answer. The notes
/// that explain a formula whatever the inputs stay notes; these are raised only when the inputs call for them.
/// </summary>
[DiagnosticCatalog]
public static class CalculatorDiagnostics
{
    public static readonly DiagnosticCode SignalBelowBias = new("calc.signal-below-bias", DiagnosticSeverity.Warning,
        "the signal is below the bias, so the electrons come out negative: check the bias value");

    public static readonly DiagnosticCode DarkCurrentPoorlyDetermined = new("calc.dark-current-poorly-determined", DiagnosticSeverity.Warning,
        "the dark shot noise is under 10 % of the read variance: the dark current is poorly determined; a longer exposure helps");

    public static readonly DiagnosticCode EmGainCapped = new("calc.em-gain-capped", DiagnosticSeverity.Info,
        "5 x the read noise exceeds the EM gain advised at most (300): the advice is capped there");

    public static readonly DiagnosticCode EmGainUnhelpful = new("calc.em-gain-unhelpful", DiagnosticSeverity.Warning,
        "the read noise is already near 1 e-: EM gain is unlikely to help");

    /// <summary>An instance of <paramref name="code"/> from a calculator.</summary>
    public static Diagnostic Raise(DiagnosticCode code, string message) => code.Raise(message) with { Section = "calc" };
}
