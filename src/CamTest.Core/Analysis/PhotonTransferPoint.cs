using CamTest.Core.Results;

namespace CamTest.Core.Analysis;

/// <summary>
/// One light level of a photon transfer curve, reduced from a flat pair (or several pairs at the same level). The
/// figures that carry an error are <see cref="Quantity"/>s, so the signal's error is the algebra's difference of the
/// mean's and the offset's (an unknown offset error leaves it unknown, never 0).
/// </summary>
/// <param name="ExposureMs">Exposure of the level.</param>
/// <param name="Mean">Mean grey value of the flat frames, ADU, with the standard error of that mean (unknown when the
/// frames do not give one).</param>
/// <param name="Variance">Temporal variance from pair differences (Var(A-B)/2, mean-corrected), ADU^2, with its
/// standard error: the spread over pairs, or the Gaussian sqrt(2/(N-1)) var for a single pair of N pixels.</param>
/// <param name="Offset">What carries no signal, ADU: the bias level, or the dark mean at the same exposure, with its
/// standard error (unknown for calibration maps).</param>
/// <param name="ClippedFraction">Fraction of pixels at the top code (ADC or full-well clipping).</param>
public sealed record PhotonTransferPoint(
    double ExposureMs,
    Quantity Mean,
    Quantity Variance,
    Quantity Offset,
    double ClippedFraction)
{
    /// <summary>
    /// A signal within this many of its standard errors of zero is not told apart from the offset (2: a real level is
    /// mistaken for none about 2 % of the time, and a signal that small would give a single-point gain uncertain by 50 %
    /// or more from the signal alone).
    /// </summary>
    public const double NoSignalStdErrs = 2;

    /// <summary>Signal above the offset, ADU: mean - offset, the error of both in quadrature.</summary>
    public Quantity Signal => Mean - Offset;

    /// <summary>True when the level has light above the offset beyond its error (above zero when that error is unknown):
    /// only then is (mean - offset) / variance a gain. A level at zero exposure, or a flat that saw no light, has none.</summary>
    public bool HasSignal => Signal is { } s && s.Value > (s.StdErr is double e && double.IsFinite(e) ? NoSignalStdErrs * e : 0);

    public double MeanAdu => Mean.Value;

    public double OffsetAdu => Offset.Value;

    /// <summary>Signal above the offset, ADU (the value of <see cref="Signal"/>).</summary>
    public double SignalAdu => MeanAdu - OffsetAdu;

    public double VarianceAdu2 => Variance.Value;
}
