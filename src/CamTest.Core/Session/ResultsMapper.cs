using CamTest.Core.Analysis;
using CamTest.Core.Results;
using CamTest.IO.Session;

namespace CamTest.Core.Session;

/// <summary>
/// The one place where the analysis's records become results.json's: the results model references nothing in
/// Analysis (<c>ResultsModelIsALeafTests</c>), so the analysis's records are copied here into the results model's
/// (the flat rows keep their figures as <see cref="Quantity"/>; their converters write value and error side by side).
/// </summary>
public static class ResultsMapper
{
    /// <summary>gain.points[]; without an offset the signal (NaN) and the single-point gain (null) cannot be known.</summary>
    public static IReadOnlyList<GainPoint> GainPoints(IEnumerable<PhotonTransferLevel> levels, bool offsetSubtracted) =>
        [.. levels.Select(l => new GainPoint(
            l.ExposureMs, l.MeanAdu,
            offsetSubtracted ? l.SignalAdu : double.NaN,
            l.Variance,
            offsetSubtracted ? l.Gain : null,
            l.Saturated, l.InFit, l.Deviation.Value))];

    /// <summary>darkCurrent.points[].</summary>
    public static IReadOnlyList<DarkCurrentPoint> DarkCurrentPoints(IEnumerable<DarkLevel> levels) =>
        [.. levels.Select(l => new DarkCurrentPoint(l.ExposureS, l.Mean, l.Variance))];

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
}
