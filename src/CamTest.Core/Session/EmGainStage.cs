using System.Globalization;
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
    public static Diagnosed<EmGainResult?> Run(
        EmGainInput reference,
        EmGainInput amplified,
        Quantity? gain,
        Quantity? readNoiseElectrons)
    {
        if ((Clipped(reference) ?? Clipped(amplified)) is { } clipped)
        {
            return new(null, [clipped]);
        }

        var raised = new RaisedDiagnostics();

        Quantity referenceBias = reference.Bias.Offset;
        Quantity amplifiedBias = amplified.Bias.Offset;
        Quantity factor;
        try
        {
            factor = EmGain.Factor(
                reference.Summary.Level(), reference.Entry.ExposureMs!.Value, referenceBias,
                amplified.Summary.Level(), amplified.Entry.ExposureMs!.Value, amplifiedBias);
        }
        catch (InsufficientDataException ex)
        {
            raised.Add(EmGainDiagnostics.NotMeasured.Raise($"EM gain not measured: {ex.Message}") with { Section = "emGain" });
            return raised.With<EmGainResult?>(null);
        }

        if (factor.StdErr is null)
        {
            // One rule: an unknown error stays unknown (never 0); the figure is kept and the reason said.
            string[] silent = [.. new[] { (reference.Bias.Label, referenceBias), (amplified.Bias.Label, amplifiedBias), (reference.Entry.Label, reference.Summary.Level()), (amplified.Entry.Label, amplified.Summary.Level()) }
                .Where(q => q.Item2.StdErr is null).Select(q => q.Item1).Distinct()];
            raised.Add(EmGainDiagnostics.FactorErrorUnknown.Raise($"{amplified.Entry.Label}: the EM gain from the signal ratio is given without a standard error, because {string.Join(" and ", silent)} state{(silent.Length == 1 ? "s" : "")} none")
                with { Section = "emGain", File = amplified.Entry.Label });
        }

        Quantity? fromNoise = null;
        if (gain is not null && amplified.Summary.Pairs.Count > 0)
        {
            Quantity signal = amplified.Summary.Level() - amplifiedBias;
            fromNoise = EmGain.FactorFromNoise(amplified.Summary.TemporalVariance(), amplified.Bias.ReadVariance, signal, gain);
            if (fromNoise.StdErr is null)
            {
                // One rule: an unknown error stays unknown (never 0); the figure is kept and the reason said.
                raised.Add(EmGainDiagnostics.NoiseErrorUnknown.Raise($"{amplified.Entry.Label}: the EM gain from the noise is given without a standard error, because the read variance it subtracts ({amplified.Bias.Label}) states none{(factor.HasKnownError ? "; the signal-ratio figure carries one" : "")}")
                    with { Section = "emGain", File = amplified.Entry.Label });
            }
        }

        if (factor.Value < 1)
        {
            raised.Add(EmGainDiagnostics.BelowOne.Raise(string.Create(CultureInfo.InvariantCulture,
                $"{amplified.Entry.Label}: EM gain {factor.Value:G4} ± {factor.StdErr ?? double.NaN:G2}, below 1: the amplified stack gives less signal per second than the reference ({reference.Entry.Label}); reference and amplified are likely swapped in session.json, or the EM gain was not on. Withheld"))
                with { Section = "emGain", File = amplified.Entry.Label });
            return raised.With<EmGainResult?>(null);
        }

        // The two figures' difference with its error from the algebra (taken as independent: the noise method's error
        // is dominated by the conversion gain's, the ratio's by the frame means').
        if (fromNoise is { StdErr: double noiseErr } && factor.StdErr is double ratioErr
            && (fromNoise - factor) is { StdErr: double apartErr } apart && Math.Abs(apart.Value) > MethodSigmas * apartErr)
        {
            raised.Add(EmGainDiagnostics.MethodsDisagree.Raise(string.Create(CultureInfo.InvariantCulture,
                $"{amplified.Entry.Label}: EM gain from the noise {fromNoise.Value:G4} ± {noiseErr:G2} against {factor.Value:G4} ± {ratioErr:G2} from the signal ratio, {Math.Abs(apart.Value) / apartErr:F1} standard errors apart: the noise method rests on the conversion gain and F^2 = 2 - 1/G, the ratio on a stable light; check both"))
                with { Section = "emGain", File = amplified.Entry.Label });
        }

        AdvisedEmGain? advised = readNoiseElectrons is null ? null : EmGain.Advised(readNoiseElectrons.Value);
        return raised.With<EmGainResult?>(new EmGainResult(factor, fromNoise, amplified.Entry.EmGain, advised));
    }

    /// <summary>Standard errors apart beyond which the two EM gain figures are said to disagree.</summary>
    public const double MethodSigmas = 3;

    /// <summary>
    /// A stack with pixels on the top code (or piled on code 0) has a mean that is not its signal: an EM gain from it
    /// is as wrong as the clipping is deep (84,000x from a saturated amplified stack), so it is refused by name.
    /// </summary>
    private static Diagnostic? Clipped(EmGainInput stack)
    {
        double top = stack.Summary.TopCodeFraction, bottom = stack.Summary.BottomCodeFraction;
        if (top <= SaturationPoint.ClippedFractionLimit && bottom <= SaturationPoint.ClippedFractionLimit)
        {
            return null;
        }

        string where = top > SaturationPoint.ClippedFractionLimit
            ? string.Create(CultureInfo.InvariantCulture, $"{top:P2} of its values sit on the top code {stack.Summary.TopCode}")
            : string.Create(CultureInfo.InvariantCulture, $"{bottom:P2} of its values sit on the lowest code");
        return EmGainDiagnostics.Clipped.Raise($"{stack.Entry.Label}: {stack.Entry.Section} is clipped ({where}): its mean is not its signal, so the EM gain is withheld; lower the light or the EM gain")
            with { Section = "emGain", File = stack.Entry.Label };
    }
}
