using CamTest.Core.Analysis;
using CamTest.Core.Results;

namespace CamTest.Core.Session;

/// <summary>The protocol's EM gain test from the reference (EM gain 1) and amplified stacks.</summary>
public static class EmGainStage
{
    public static EmGainSection? Run(
        (OpenedEntry Entry, StackSummary Summary) reference,
        (OpenedEntry Entry, StackSummary Summary) amplified,
        StackSummary bias,
        Quantity? gain,
        Quantity? readNoiseElectrons,
        List<string> warnings)
    {
        (double offset, double offsetErr) = bias.OffsetForOtherStacks();
        var biasLevel = new Quantity(offset, "ADU", double.IsNaN(offsetErr) ? null : offsetErr);
        Quantity factor;
        try
        {
            factor = EmGain.Factor(reference.Summary.Level(), reference.Entry.ExposureMs!.Value, amplified.Summary.Level(), amplified.Entry.ExposureMs!.Value, biasLevel);
        }
        catch (InsufficientDataException ex)
        {
            warnings.Add($"EM gain not measured: {ex.Message}");
            return null;
        }

        Quantity? fromNoise = null;
        if (gain is not null && amplified.Summary.Pairs.Count > 0)
        {
            (double variance, double varianceErr) = amplified.Summary.TemporalVariance();
            (double readVariance, double readVarianceErr) = bias.TemporalVariance();
            (double mean, double meanErr) = amplified.Summary.Mean();
            var signal = new Quantity(mean - biasLevel.Value, "ADU", Math.Sqrt((meanErr * meanErr) + Math.Pow(biasLevel.StdErr ?? 0, 2)));
            fromNoise = EmGain.FactorFromNoise(new Quantity(variance, "ADU^2", varianceErr), new Quantity(readVariance, "ADU^2", readVarianceErr), signal, gain);
        }

        (double lo, double hi)? advised = readNoiseElectrons is null ? null : EmGain.Advised(readNoiseElectrons.Value);
        return new EmGainSection(factor, fromNoise, amplified.Entry.EmGain, advised?.lo, advised?.hi);
    }
}
