using CamTest.Core.Analysis;
using CamTest.Core.Diagnostics;
using CamTest.Core.Results;

namespace CamTest.Core.Calculators;

/// <summary>
/// The protocol's advice against EM gain fall-off: use only the EM gain that beats read noise, 4 to 5 times the
/// rms read noise, and almost never above 300.
/// </summary>
public static class EmGainAdvice
{
    public static CalculatorResult Compute(double readNoiseE)
    {
        CalculatorGuard.Positive(readNoiseE, "read-noise");
        (double low, double high) = EmGain.Advised(readNoiseE);
        var raised = new RaisedDiagnostics();
        if (5 * readNoiseE > EmGain.MaximumAdvised)
        {
            raised.Add(CalculatorDiagnostics.Raise(CalculatorDiagnostics.EmGainCapped, "5 x read noise exceeds 300: capped at 300, above which gain gives little and fall-off speeds up"));
        }

        if (high < 2)
        {
            raised.Add(CalculatorDiagnostics.Raise(CalculatorDiagnostics.EmGainUnhelpful, "read noise is already near 1 e-: EM gain is unlikely to help; use the conventional port"));
        }

        return new CalculatorResult
        {
            Name = "em-gain",
            Quantity = Quantity.Exact(high, Unit.Times),
            Formula = "4..5 x rms read noise, at most 300",
            Inputs = new Dictionary<string, double> { ["readNoiseE"] = readNoiseE },
            Derived =
            [
                DerivedQuantity.Exact("lowest", low, Unit.Times),
                DerivedQuantity.Of("effectiveReadNoiseAtAdvice", readNoiseE / Math.Max(high, 1), Unit.Electron),
            ],
            Notes = ["EM gain ages the multiplication register: use the least that beats read noise"],
            Diagnostics = raised.All,
        };
    }
}
