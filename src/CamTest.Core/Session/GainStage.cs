using System.Globalization;
using CamTest.Core.Analysis;
using CamTest.Core.Diagnostics;
using CamTest.Core.Results;
using CamTest.Core.Statistics;

namespace CamTest.Core.Session;

/// <summary>
/// Flats to gain: each flat level becomes a photon transfer point whose offset is the dark at the same exposure
/// when there is one (it carries that exposure's dark signal and dark shot noise), otherwise the bias. Saturated
/// levels are detected, left out of the fit, and named in a warning. With no offset at all (flats alone) the slope
/// of variance against the raw mean is still the inverse gain, since a constant offset only moves the intercept;
/// what needs the offset (single-point gains, signal in electrons) is then left out.
/// </summary>
public static class GainStage
{
    public static GainStageResult Run(
        IReadOnlyList<ReducedFlat> flats,
        IReadOnlyDictionary<double, DarkLevel> darksByExposureMs,
        BiasReference? bias)
    {
        var raised = new RaisedDiagnostics();
        // The offset keeps its error, unknown included (calibration maps): the signal's error is then unknown too.
        Quantity? biasOffset = bias?.Offset;
        bool offsetKnown = bias is not null || flats.Any(f => darksByExposureMs.ContainsKey(f.Entry.ExposureMs ?? double.NaN));
        if (!offsetKnown && flats.Count > 0)
        {
            biasOffset = Quantity.Exact(0, Unit.Adu);
            raised.Add(GainDiagnostics.NoOffset.Raise("flats without a bias or matching darks: the gain comes from the slope of variance against mean alone; single-point gains, signal in electrons and saturation need the offset and are not given") with { Section = "flats" });
        }

        var points = new List<(PhotonTransferPoint Point, ReducedFlat Flat)>();
        foreach (ReducedFlat flat in flats)
        {
            (OpenedEntry entry, StackSummary summary) = flat;
            Quantity level = summary.Level();
            Quantity variance = summary.TemporalVariance();
            double exposure = entry.ExposureMs ?? double.NaN;
            Quantity? offset = darksByExposureMs.TryGetValue(exposure, out DarkLevel? d) ? d.Mean : biasOffset;
            if (offset is null)
            {
                raised.Add(GainDiagnostics.FlatWithoutOffset.Raise($"{entry.Label}: no bias and no dark at {exposure} ms to subtract; this flat level was left out of the gain") with { Section = "flats", File = entry.Label, ExposureMs = entry.ExposureMs });
                continue;
            }

            // The frame means' spread has one degree of freedom for a pair: floored at what the temporal noise alone
            // gives (variance / pixels averaged), so a level without light is not taken for a signal by a lucky pair.
            // That floor is the mean's error when the frames give none (one frame).
            double temporalFloor = Math.Sqrt(variance.Value / (summary.FrameMeans.Count * (double)summary.Info.PixelsPerFrame));
            Quantity mean = level with { StdErr = Math.Max(level.StdErr ?? 0, temporalFloor) };
            points.Add((new PhotonTransferPoint(exposure, mean, variance, offset, summary.TopCodeFraction), flat));
        }

        if (points.Count == 0)
        {
            return GainStageResult.None(raised.All);
        }

        PhotonTransferResult ptc;
        try
        {
            ptc = PhotonTransferAnalysis.Analyze([.. points.Select(p => p.Point)]);
        }
        catch (InsufficientDataException ex)
        {
            raised.Add(GainDiagnostics.NotMeasured.Raise($"gain not measured: {ex.Message}") with { Section = "gain" });
            return GainStageResult.None(raised.All);
        }

        var ordered = points.OrderBy(p => p.Point.SignalAdu).ToList();
        for (int i = 0; i < ordered.Count; i++)
        {
            if (ptc.Levels[i].Saturated)
            {
                PhotonTransferPoint p = ordered[i].Point;
                // Unclipped and saturated: beyond the saturation level, which was the variance maximum unless the level
                // after it clipped (the R4 rule's other arm).
                bool varianceFell = ptc.SaturationIndex is int s && ordered[s + 1].Point.ClippedFraction <= SaturationPoint.ClippedFractionLimit;
                string why = p.ClippedFraction > SaturationPoint.ClippedFractionLimit
                    ? string.Create(CultureInfo.InvariantCulture, $"{p.ClippedFraction:P1} of pixels at the top code")
                    : varianceFell ? "past the variance maximum" : "past the saturation point";
                raised.Add(GainDiagnostics.FlatSaturated.Raise($"{ordered[i].Flat.Entry.Label}: flat at {p.ExposureMs} ms is saturated ({why}); left out of the gain fit")
                    with { Section = "flats", File = ordered[i].Flat.Entry.Label, ExposureMs = p.ExposureMs, Reason = why });
            }
        }

        if (ptc.NoiseFloorPercent > PhotonTransferResult.LinearityLimitPercent / 3)
        {
            raised.Add(GainDiagnostics.LinearityUnresolved.Raise(string.Create(CultureInfo.InvariantCulture,
                $"gain linearity: one level's variance is uncertain by about {ptc.NoiseFloorPercent:F2} % (too few pixels or frames), so the {PhotonTransferResult.LinearityLimitPercent:G6} % criterion is not resolved well"))
                with { Section = "gain" });
        }

        raised.AddRange(UnknownFitErrors.Check(ptc.Fit, GainDiagnostics.FitErrorsUnknown, "gain", "photon transfer", "gain"));
        if (ptc.Fit.IsNotALine)
        {
            raised.Add(GainDiagnostics.CurveBent.Raise(string.Create(CultureInfo.InvariantCulture,
                $"the photon transfer curve is not a straight line: its levels lie {ptc.Fit.BirgeRatio:F1} times further from the line than their errors allow (chi2/dof = {ptc.Fit.ChiSquarePerDegreeOfFreedom:F1}); the gain's error was widened by that factor and the single-point gains drift with signal"))
                with { Section = "gain" });
        }

        for (int i = 0; i < ordered.Count; i++)
        {
            PhotonTransferPoint p = ordered[i].Point;
            if (offsetKnown && !p.HasSignal && !ptc.Levels[i].Saturated)
            {
                raised.Add(GainDiagnostics.NoSignal.Raise(string.Create(CultureInfo.InvariantCulture,
                    $"{ordered[i].Flat.Entry.Label}: the flat at {p.ExposureMs} ms has no signal above the offset ({p.Signal.Value:G3} ± {(p.Signal.StdErr is double e ? e.ToString("G2", CultureInfo.InvariantCulture) : "an unknown error")} ADU): no single-point gain there, and it is left out of their average"))
                    with { Section = "flats", File = ordered[i].Flat.Entry.Label, ExposureMs = p.ExposureMs });
            }
        }

        var fitted = ptc.Levels.Where(l => l.InFit && double.IsFinite(l.Gain.Value)).ToList();
        Quantity? singlePoint = fitted.Count > 1
            ? new Quantity(fitted.Average(l => l.Gain.Value), Unit.ElectronsPerAdu, SampleSpread.StandardErrorOfMean([.. fitted.Select(l => l.Gain.Value)]))
            : null;
        return new GainStageResult(ptc, singlePoint, offsetKnown, [.. ordered.Select(p => p.Point)], [.. ordered.Select(p => p.Flat)], raised.All);
    }
}
