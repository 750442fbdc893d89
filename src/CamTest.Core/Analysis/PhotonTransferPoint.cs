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
public sealed record PhotonTransferPoint(
    double ExposureMs,
    double MeanAdu,
    double VarianceAdu2,
    double VarianceStdErr,
    double OffsetAdu,
    double OffsetVarianceAdu2,
    double ClippedFraction,
    double? PhotonsPerPixel = null)
{
    /// <summary>Signal above the offset, ADU.</summary>
    public double SignalAdu => MeanAdu - OffsetAdu;

    /// <summary>Variance the light added, ADU^2.</summary>
    public double SignalVarianceAdu2 => VarianceAdu2 - OffsetVarianceAdu2;
}
