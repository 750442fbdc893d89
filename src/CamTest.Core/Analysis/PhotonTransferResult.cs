using CamTest.Core.Fitting;
using CamTest.Core.Results;

namespace CamTest.Core.Analysis;

/// <summary>The photon transfer curve and what it says about gain, linearity and saturation.</summary>
/// <param name="SystemGain">Electrons per ADU (the protocol's gain), the inverse of the fitted slope.</param>
/// <param name="ConversionFactor">The fitted slope, ADU per electron (EMVA's K).</param>
/// <param name="Intercept">Variance at zero signal, ADU^2: the read (and dark) noise the fit absorbed.</param>
/// <param name="Fit">The weighted line fit of variance against signal over the linear range.</param>
/// <param name="Levels">Every level, with its single-point gain and whether it entered the fit.</param>
/// <param name="MaxDeviation">Largest |deviation| of a fitted level from the line, % of the line, with that level's
/// deviation error.</param>
/// <param name="NoiseFloorPercent">Typical relative standard error of one level's variance, %: deviations near this
/// size are noise, so a linearity verdict at 1 % needs a floor well below 1 %.</param>
/// <param name="SaturationIndex">The saturation level by the EMVA 1288 R4 rule (variance maximum, or the last level
/// before 0.1 % of pixels clip), or null when not reached.</param>
/// <param name="LinearLimitIndex">Brightest level still on the line (the linear full well).</param>
public sealed record PhotonTransferResult(
    Quantity SystemGain,
    Quantity ConversionFactor,
    Quantity Intercept,
    LineFit Fit,
    IReadOnlyList<PhotonTransferLevel> Levels,
    Quantity MaxDeviation,
    double NoiseFloorPercent,
    int? SaturationIndex,
    int LinearLimitIndex)
{
    /// <summary>
    /// Photometrics' criterion, no fitted level more than 1 % off the line: the protocol's one declaration
    /// (<see cref="ProtocolCriteria.GainLinearity"/>, the one the report shows), in percent.
    /// </summary>
    public static double LinearityLimitPercent => ProtocolCriteria.GainLinearity.LimitQuantity.In(Unit.Percent).Value;

    /// <summary>
    /// Fail when some level is beyond 1 % by more than 3 of its own standard errors; pass when every fitted level is
    /// within 1 % and the test could have seen 1 % (at least 3 levels, so a line does not pass through all of them
    /// by construction, and a noise floor below 1 %); otherwise null: the data allow neither verdict.
    /// </summary>
    public bool? LinearityPass =>
        Levels.Any(l => l.InFit && Math.Abs(l.Deviation.Value) - LinearityLimitPercent > 3 * (l.Deviation.StdErr ?? double.PositiveInfinity)) ? false
        : Levels.Count(l => l.InFit) >= 3 && NoiseFloorPercent < LinearityLimitPercent && MaxDeviation.Value <= LinearityLimitPercent ? true
        : null;
}
