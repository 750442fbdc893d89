using System.Globalization;
using CamTest.Core.Analysis;
using CamTest.Core.Results;
using CamTest.Core.Statistics;

namespace CamTest.Core.Session;

/// <summary>
/// Flats to gain: each flat level becomes a photon transfer point whose offset is the dark at the same exposure
/// when there is one (it carries that exposure's dark signal and dark shot noise), otherwise the bias. Saturated
/// levels are detected, left out of the fit, and named in a warning.
/// </summary>
public static class GainStage
{
    public static (GainSection? Section, PhotonTransferResult? Ptc, IReadOnlyList<PhotonTransferPoint> Points) Run(
        IReadOnlyList<(OpenedEntry Entry, StackSummary Summary)> flats,
        IReadOnlyDictionary<double, DarkLevel> darksByExposureMs,
        StackSummary? bias,
        List<string> warnings)
    {
        (double Mean, double Variance)? biasOffset = bias is null ? null : (bias.Mean().Mean, bias.TemporalVariance().Variance);
        var points = new List<(PhotonTransferPoint Point, OpenedEntry Entry)>();
        foreach ((OpenedEntry entry, StackSummary summary) in flats)
        {
            (double mean, _) = summary.Mean();
            (double variance, double varianceErr) = summary.TemporalVariance();
            double exposure = entry.ExposureMs ?? double.NaN;
            (double offset, double offsetVariance)? o = darksByExposureMs.TryGetValue(exposure, out DarkLevel? d)
                ? (d.MeanAdu, d.VarianceAdu2)
                : biasOffset;
            if (o is null)
            {
                warnings.Add($"{entry.Label}: no bias and no dark at {exposure} ms to subtract; this flat level was left out of the gain");
                continue;
            }

            points.Add((new PhotonTransferPoint(exposure, mean, variance, varianceErr, o.Value.offset, o.Value.offsetVariance, summary.TopCodeFraction), entry));
        }

        if (points.Count == 0)
        {
            return (null, null, []);
        }

        PhotonTransferResult ptc;
        try
        {
            ptc = PhotonTransferAnalysis.Analyze([.. points.Select(p => p.Point)]);
        }
        catch (InsufficientDataException ex)
        {
            warnings.Add($"gain not measured: {ex.Message}");
            return (null, null, []);
        }

        var ordered = points.OrderBy(p => p.Point.SignalAdu).ToList();
        for (int i = 0; i < ordered.Count; i++)
        {
            if (ptc.Levels[i].Saturated)
            {
                PhotonTransferPoint p = ordered[i].Point;
                string why = p.ClippedFraction > SaturationPoint.ClippedFractionLimit
                    ? string.Create(CultureInfo.InvariantCulture, $"{p.ClippedFraction:P1} of pixels at the top code")
                    : "past the variance maximum";
                warnings.Add($"{ordered[i].Entry.Label}: flat at {p.ExposureMs} ms is saturated ({why}); left out of the gain fit");
            }
        }

        if (ptc.NoiseFloorPercent > PhotonTransferResult.LinearityLimitPercent / 3)
        {
            warnings.Add(string.Create(CultureInfo.InvariantCulture,
                $"gain linearity: one level's variance is uncertain by about {ptc.NoiseFloorPercent:F2} % (too few pixels or frames), so the 1 % criterion is not resolved well"));
        }

        var fitted = ptc.Levels.Where(l => l.InFit).ToList();
        Quantity? singlePoint = fitted.Count > 1
            ? new Quantity(fitted.Average(l => l.GainEPerAdu), "e-/ADU", SampleSpread.StandardErrorOfMean([.. fitted.Select(l => l.GainEPerAdu)]))
            : null;
        var section = new GainSection(
            ptc.SystemGain, ptc.ConversionFactor, ptc.Intercept, singlePoint, ptc.Levels,
            new LinearitySection(ptc.MaxDeviationPercent, ptc.NoiseFloorPercent, PhotonTransferResult.LinearityLimitPercent, ptc.LinearityPass));
        return (section, ptc, [.. ordered.Select(p => p.Point)]);
    }
}
