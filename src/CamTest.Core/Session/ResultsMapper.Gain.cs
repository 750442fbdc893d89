using CamTest.Core.Analysis;
using CamTest.Core.Results;

namespace CamTest.Core.Session;

/// <summary>results.json "gain" and "saturation": what the flats' photon transfer curve gives.</summary>
public static partial class ResultsMapper
{
    /// <summary>gain, from a gain stage that measured one. Without an offset the slope (the gain) and the linearity
    /// stand, but the intercept, the single-point gains and the signal cannot be known and are written as unknown.</summary>
    public static GainSection Gain(GainStageResult stage)
    {
        PhotonTransferResult ptc = stage.Ptc ?? throw new ArgumentException("the gain stage measured no gain", nameof(stage));
        var linearity = new LinearitySection(
            GainFigures.Linearity.Express(ptc.MaxDeviation), ptc.NoiseFloorPercent, PhotonTransferResult.LinearityLimitPercent, ptc.LinearityPass);
        var fit = new PhotonTransferFitSection(ptc.Fit.ChiSquarePerDegreeOfFreedom, ptc.Fit.BirgeRatio, ptc.Fit.ChiSquare is null ? null : !ptc.Fit.IsNotALine);
        bool offset = stage.OffsetSubtracted;
        Quantity intercept = GainFigures.Intercept.Express(ptc.Intercept);
        return new GainSection(
            GainFigures.SystemGain.Express(ptc.SystemGain),
            GainFigures.ConversionFactor.Express(ptc.ConversionFactor),
            offset ? intercept : intercept with { Value = double.NaN, StdErr = null },
            offset ? GainFigures.SinglePointGain.Express(stage.SinglePointGain) : null,
            GainPoints(ptc.Levels, offset),
            linearity,
            offset) { Fit = fit };
    }

    /// <summary>gain.points[]; without an offset the signal (NaN) and the single-point gain (null) cannot be known.</summary>
    public static IReadOnlyList<GainPoint> GainPoints(IEnumerable<PhotonTransferLevel> levels, bool offsetSubtracted) =>
        [.. levels.Select(l => new GainPoint(
            l.ExposureMs, l.MeanAdu,
            offsetSubtracted ? l.SignalAdu : double.NaN,
            GainFigures.PointVariance.Express(l.Variance),
            offsetSubtracted ? GainFigures.PointGain.Express(l.Gain) : null,
            l.Saturated, l.InFit, l.Deviation.Value))];

    /// <summary>saturation, with what limits it in the contract's words.</summary>
    public static SaturationSection Saturation(SaturationResult s) =>
        new(
            SaturationFigures.LinearFullWell.Express(s.LinearFullWell),
            SaturationFigures.SaturationCapacity.Express(s.SaturationCapacity),
            SaturationFigures.AdcLimit.Express(s.AdcLimit),
            LimitText(s.LimitedBy));

    /// <summary>saturation.limitedBy as results.json has always written it.</summary>
    private static string LimitText(SaturationLimit limit) => limit switch
    {
        SaturationLimit.Adc => "adc",
        SaturationLimit.FullWell => "full well",
        _ => "not reached",
    };
}
