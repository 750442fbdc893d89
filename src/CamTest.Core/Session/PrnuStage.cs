using System.Globalization;
using CamTest.Core.Analysis;
using CamTest.Core.Diagnostics;
using CamTest.Core.Statistics;
using CamTest.IO;

namespace CamTest.Core.Session;

/// <summary>
/// The protocol's bright-sample fixed-pattern test: PRNU from one flat level, the brightest that is unsaturated, in the
/// photon transfer fit and at most 70 % of saturation (EMVA 1288 asks for about 50 %; the brightest such level has
/// the most signal against the temporal noise left in a short average).
/// The level can only be chosen once every level's pair variance is known (saturation is the variance maximum), and
/// keeping per-pixel maps of every level would cost 16 bytes a pixel per level on big sensors; so the chosen stack is
/// read a second time, for its per-pixel maps alone (its frame means are the gain stage's, from the same data by the
/// same rule), and only its maps are held.
/// </summary>
public static class PrnuStage
{
    /// <summary>Brightest fraction of the saturation signal (or of the ADC range above the offset) a PRNU level may reach.</summary>
    public const double MaxSaturationFraction = 0.7;

    /// <param name="flats">The gain stage's photon transfer curve, its points and the flat each came from.</param>
    /// <param name="biasMap">The averaged bias (per-pixel mean, its overall mean, and the temporal variance left in
    /// it), or null: the flats' offsets are then uniform levels and the offset's own pattern stays in the figure.</param>
    /// <param name="clipAdu">The ADC's top code.</param>
    public static PrnuStageResult Run(
        GainStageResult flats,
        AveragedBias? biasMap,
        bool[]? mask,
        double clipAdu,
        IProgress<AnalysisProgress>? progress)
    {
        // No PRNU without a photon transfer curve measured from a known offset (flats alone have neither signal nor map).
        if (flats is not { Ptc: { } ptc, OffsetSubtracted: true, Points: var points, Flats: var reduced })
        {
            return PrnuStageResult.None([]);
        }

        if (ChooseLevel(ptc, points, clipAdu) is not int index)
        {
            return PrnuStageResult.None([GainDiagnostics.PrnuNoLevel.Raise(GainDiagnostics.PrnuNoLevel.Summary) with { Section = "prnu" }]);
        }

        // Every flat holds at least a pair (OpenedSession checks), so the temporal noise left in the average is known.
        PhotonTransferPoint point = points[index];
        (OpenedEntry entry, StackSummary summary) = reduced[index];
        string stage = $"prnu: {Path.GetFileName(entry.Label)}";
        StackInfo info = entry.Source.Info;
        var maps = new PixelMapsAccumulator(info);
        StackPass.Run(entry.Source, [maps], progress is null ? null : new StageProgress(progress, stage));
        AveragedImage flat = AveragedImage.From(maps.Result, summary.FrameMeans);
        // With a bias map, the dark at the flat's exposure (the gain's offset) differs from the bias only by its dark signal.
        FlatOffset offset = biasMap is { } b
            ? new FlatOffset(b.Map, point.OffsetAdu - b.Mean, b.ResidualTemporalVariance)
            : new FlatOffset(null, point.OffsetAdu, 0);
        try
        {
            PrnuResult r = PhotoResponseNonUniformity.Analyze(flat, info.Width, info.Height, offset, clipAdu, mask);
            if (r.PixelToPixel is null || r.Total is null)
            {
                // A flat read from files that do not state the exposure (LANL's TIFFs) has none: it is not claimed.
                double? exposure = double.IsFinite(point.ExposureMs) ? point.ExposureMs : null;
                return new PrnuStageResult(r, point.ExposureMs, [GainDiagnostics.PrnuUnresolved.Raise(string.Create(CultureInfo.InvariantCulture,
                    $"{entry.Label}: the PRNU{(exposure is double ms ? $" at {ms} ms" : string.Empty)} is below what {r.Frames} averaged frames resolve (the temporal noise left in the mean hides it); average more frames"))
                    with { Section = "prnu", File = entry.Label, ExposureMs = exposure }]);
            }

            return new PrnuStageResult(r, point.ExposureMs, []);
        }
        catch (InsufficientDataException ex)
        {
            return PrnuStageResult.None([GainDiagnostics.PrnuNotMeasured.Raise($"{entry.Label}: PRNU not measured: {ex.Message}") with { Section = "prnu", File = entry.Label, ExposureMs = point.ExposureMs, Reason = ex.Message }]);
        }
    }

    /// <summary>
    /// Index (into <paramref name="points"/>, ordered as the fit's levels) of the brightest level that is unsaturated,
    /// in the fit, and at most <see cref="MaxSaturationFraction"/> of the saturation signal and of the ADC range above
    /// its offset; when every candidate is brighter than that, the dimmest candidate. Null without candidates.
    /// </summary>
    public static int? ChooseLevel(PhotonTransferResult ptc, IReadOnlyList<PhotonTransferPoint> points, double clipAdu)
    {
        double saturation = ptc.SaturationIndex is int s ? points[s].SignalAdu : double.PositiveInfinity;
        int? brightest = null, dimmest = null;
        for (int i = 0; i < points.Count; i++)
        {
            if (ptc.Levels[i].Saturated || !ptc.Levels[i].InFit)
            {
                continue;
            }

            dimmest ??= i;
            double limit = MaxSaturationFraction * Math.Min(saturation, clipAdu - points[i].OffsetAdu);
            if (points[i].SignalAdu <= limit)
            {
                brightest = i;
            }
        }

        return brightest ?? dimmest;
    }
}
