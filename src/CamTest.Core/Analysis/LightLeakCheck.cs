using CamTest.Core.Diagnostics;
using CamTest.Core.Fitting;
using CamTest.Core.Results;

namespace CamTest.Core.Analysis;

/// <summary>
/// Light in the bias stack (a lens cap left off, a leaking shutter) raises its mean above the camera's true zero.
/// With darks at two or more exposures the dark mean extrapolated to zero exposure is that zero; a bias more than
/// <see cref="Sigmas"/> combined standard errors (and more than 0.5 ADU) above it is reported, naming the file. With
/// two darks the line is weighted by their means' errors; when one is unknown, so is the line's, and that is said
/// (<see cref="BiasDiagnostics.LightLeakFitErrorsUnknown"/>), as the stages say it of theirs.
/// </summary>
public static class LightLeakCheck
{
    public const double Sigmas = 5;

    /// <summary>Minimum excess in ADU, so a real but harmless offset difference of a fraction of an ADU is not flagged.</summary>
    public const double MinimumExcessAdu = 0.5;

    /// <returns>The light leak when the bias is above the darks' zero, and whether the line's errors are unknown; none
    /// when the bias agrees with the darks (or there are too few darks to tell).</returns>
    public static IReadOnlyList<Diagnostic> Check(Quantity biasLevel, IReadOnlyList<DarkLevel> darks, string biasLabel)
    {
        if (darks.Select(d => d.ExposureS).Distinct().Count() < 2)
        {
            return [];
        }

        LineFit fit = darks.Count > 2
            ? LinearRegression.Fit([.. darks.Select(d => d.ExposureS)], [.. darks.Select(d => d.MeanAdu)])
            : LinearRegression.FitWithErrors([.. darks.Select(d => d.ExposureS)], [.. darks.Select(d => d.MeanAdu)], [.. darks.Select(d => d.Mean.StdErr ?? double.NaN)]);
        Quantity excess = biasLevel - fit.InterceptIn(Unit.Adu);
        // An excess of unknown error (a one-frame bias, two darks of one frame each) is judged by its size alone.
        bool beyondErrors = excess.StdErr is not double se || excess.Value > Sigmas * se;
        IReadOnlyList<Diagnostic> unknown = UnknownFitErrors.Check(
            fit, BiasDiagnostics.LightLeakFitErrorsUnknown, "bias", "dark mean against exposure", "darks' zero-exposure level", "the light-leak check judges the bias by its excess alone");
        return excess.Value > MinimumExcessAdu && beyondErrors
            ? [.. unknown, BiasDiagnostics.LightLeak.Raise($"{biasLabel}: the bias is {excess.Value:F2} ADU above the darks' zero-exposure level ({fit.Intercept:F2} ADU); light may have reached the sensor (lens cap, shutter)")
                with { Section = "bias", File = biasLabel }]
            : unknown;
    }
}
