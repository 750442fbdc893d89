using CamTest.Core.Analysis;
using CamTest.Core.Diagnostics;
using CamTest.Core.Results;

namespace CamTest.Core.Session;

/// <summary>
/// The protocol's EM gain test from the reference (EM gain 1) and amplified stacks, each less the bias at its own set
/// point (the session's bias when the manifest gives none per entry). The noise method takes the read variance from the
/// amplified stack's bias: at high EM gain clock-induced charge raises it (LANL: 15.5 ADU at 1x, 23.3 at 300x).
/// </summary>
public static class EmGainStage
{
    public static EmGainSection? Run(
        (OpenedEntry Entry, StackSummary Summary, BiasReference Bias) reference,
        (OpenedEntry Entry, StackSummary Summary, BiasReference Bias) amplified,
        Quantity? gain,
        Quantity? readNoiseElectrons,
        List<Diagnostic> warnings)
    {
        Quantity referenceBias = reference.Bias.OffsetQuantity();
        Quantity amplifiedBias = amplified.Bias.OffsetQuantity();
        Quantity factor;
        try
        {
            factor = EmGain.Factor(
                reference.Summary.Level(), reference.Entry.ExposureMs!.Value, referenceBias,
                amplified.Summary.Level(), amplified.Entry.ExposureMs!.Value, amplifiedBias);
        }
        catch (InsufficientDataException ex)
        {
            warnings.Add(EmGainDiagnostics.NotMeasured.Raise($"EM gain not measured: {ex.Message}") with { Section = "emGain" });
            return null;
        }

        Quantity? fromNoise = null;
        if (gain is not null && amplified.Summary.Pairs.Count > 0)
        {
            (double variance, double varianceErr) = amplified.Summary.TemporalVariance();
            (double mean, double meanErr) = amplified.Summary.Mean();
            var signal = new Quantity(mean - amplifiedBias.Value, Unit.Adu, Math.Sqrt((meanErr * meanErr) + Math.Pow(amplifiedBias.StdErr ?? 0, 2)));
            fromNoise = EmGain.FactorFromNoise(new Quantity(variance, Unit.Adu2, varianceErr), amplified.Bias.ReadVarianceQuantity(), signal, gain);
        }

        (double lo, double hi)? advised = readNoiseElectrons is null ? null : EmGain.Advised(readNoiseElectrons.Value);
        return new EmGainSection(factor, fromNoise, amplified.Entry.EmGain, advised?.lo, advised?.hi);
    }
}
