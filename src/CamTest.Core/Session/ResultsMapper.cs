using CamTest.Core.Analysis;
using CamTest.Core.Results;
using CamTest.IO.Session;

namespace CamTest.Core.Session;

/// <summary>
/// The one place where the analysis's records become results.json's: the results model references nothing in
/// Analysis (<c>ResultsModelIsALeafTests</c>), so what the analysis carries as <see cref="Quantity"/> is written here
/// in the contract's flat rows (value and standard error side by side; NaN where the contract has no number).
/// </summary>
public static class ResultsMapper
{
    /// <summary>gain.points[]; without an offset the signal and single-point gain cannot be known (NaN).</summary>
    public static IReadOnlyList<GainPoint> GainPoints(IEnumerable<PhotonTransferLevel> levels, bool offsetSubtracted) =>
        [.. levels.Select(l => new GainPoint(
            l.ExposureMs, l.MeanAdu,
            offsetSubtracted ? l.SignalAdu : double.NaN,
            l.Variance.Value, Error(l.Variance),
            offsetSubtracted ? l.Gain.Value : double.NaN, offsetSubtracted ? Error(l.Gain) : double.NaN,
            l.Saturated, l.InFit, l.DeviationPercent))];

    /// <summary>darkCurrent.points[].</summary>
    public static IReadOnlyList<DarkCurrentPoint> DarkCurrentPoints(IEnumerable<DarkLevel> levels) =>
        [.. levels.Select(l => new DarkCurrentPoint(l.ExposureS, l.Mean.Value, Error(l.Mean), l.Variance.Value, Error(l.Variance)))];

    /// <summary>hotPixels.pixels[].</summary>
    public static IReadOnlyList<HotPixelEntry> HotPixels(IEnumerable<HotPixel> pixels) =>
        [.. pixels.Select(p => new HotPixelEntry(p.X, p.Y, p.RateEPerS, p.FramesHot))];

    /// <summary>fixedPattern: the bias's figures (or, with none from the bias, the PRNU alone) with the PRNU of one flat
    /// level added.</summary>
    public static FixedPatternSection WithPrnu(FixedPatternSection? fromBias, PrnuResult prnu, double exposureMs) =>
        (fromBias ?? new FixedPatternSection(null, null, null, null, null)) with
        {
            Prnu = prnu.PixelToPixel,
            PrnuTotal = prnu.Total,
            PrnuLevel = new PrnuLevel(exposureMs, prnu.SignalAdu, prnu.Frames, prnu.PixelsUsed, prnu.Tiles),
        };

    /// <summary>camera.stated: the manifest's stated values, as given.</summary>
    public static StatedValuesSection? StatedValues(SessionStatedValues? stated) => stated is null ? null : new StatedValuesSection
    {
        GainEPerAdu = stated.GainEPerAdu,
        ReadNoiseE = stated.ReadNoiseE,
        DarkCurrentEPerPixelPerS = stated.DarkCurrentEPerPixelPerS,
        FullWellE = stated.FullWellE,
        EmGain = stated.EmGain,
    };

    /// <summary>The flat rows' convention for an unknown error: NaN (written as the contract always wrote it).</summary>
    private static double Error(Quantity q) => q.StdErr ?? double.NaN;
}
