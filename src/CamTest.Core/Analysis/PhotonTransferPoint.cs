namespace CamTest.Core.Analysis;

/// <summary>
/// One light level of a photon transfer curve, reduced from a flat pair (or several pairs at the same level).
/// </summary>
/// <param name="ExposureMs">Exposure of the level.</param>
/// <param name="MeanAdu">Mean grey value of the flat frames.</param>
/// <param name="VarianceAdu2">Temporal variance from pair differences (Var(A-B)/2, mean-corrected).</param>
/// <param name="VarianceStdErr">Standard error of <paramref name="VarianceAdu2"/>: the spread over pairs, or the
/// Gaussian sqrt(2/(N-1)) var for a single pair of N pixels.</param>
/// <param name="OffsetAdu">What carries no signal: the bias level, or the dark mean at the same exposure.</param>
/// <param name="OffsetVarianceAdu2">Temporal variance without light (read noise, plus dark shot noise when the offset is a
/// matching dark pair); zero when unknown.</param>
/// <param name="ClippedFraction">Fraction of pixels at the top code (ADC or full-well clipping).</param>
/// <param name="PhotonsPerPixel">Irradiation in photons per pixel when known (EMVA descriptor), else null.</param>
/// <param name="SignalStdErr">Standard error of <see cref="SignalAdu"/> (the frame means' and the offset's), NaN when unknown.</param>
public sealed record PhotonTransferPoint(
    double ExposureMs,
    double MeanAdu,
    double VarianceAdu2,
    double VarianceStdErr,
    double OffsetAdu,
    double OffsetVarianceAdu2,
    double ClippedFraction,
    double? PhotonsPerPixel = null,
    double SignalStdErr = double.NaN)
{
    /// <summary>
    /// A signal within this many of its standard errors of zero is not told apart from the offset (2: a real level is
    /// mistaken for none about 2 % of the time, and a signal that small would give a single-point gain uncertain by 50 %
    /// or more from the signal alone).
    /// </summary>
    public const double NoSignalStdErrs = 2;

    /// <summary>True when the level has light above the offset beyond its error: only then is (mean - offset) / variance
    /// a gain. A level at zero exposure, or a flat that saw no light, has none.</summary>
    public bool HasSignal => SignalAdu > (double.IsFinite(SignalStdErr) ? NoSignalStdErrs * SignalStdErr : 0);

    /// <summary>Signal above the offset, ADU.</summary>
    public double SignalAdu => MeanAdu - OffsetAdu;

    /// <summary>Variance the light added, ADU^2.</summary>
    public double SignalVarianceAdu2 => VarianceAdu2 - OffsetVarianceAdu2;
}
