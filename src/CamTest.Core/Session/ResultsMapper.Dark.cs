using CamTest.Core.Analysis;
using CamTest.Core.Results;

namespace CamTest.Core.Session;

/// <summary>results.json "darkCurrent" and "hotPixels": what the darks and the long darks give.</summary>
public static partial class ResultsMapper
{
    /// <summary>darkCurrent: both methods' rates, their lines, and every dark level.</summary>
    public static DarkCurrentSection DarkCurrent(DarkCurrentResult r) =>
        new(
            DarkCurrentFigures.Rate.Express(r.FromMean),
            DarkCurrentFigures.RateFromNoise.Express(r.FromNoise),
            DarkCurrentPoints(r.Levels),
            DarkCurrentFigures.RateAdu.Express(r.FromMeanAdu),
            DarkCurrentFigures.RateFromNoiseAdu2.Express(r.FromNoiseAdu2))
        {
            MeanFit = r.MeanFit is null ? null : Line(r.MeanFit, DarkCurrentFigures.MeanFitIntercept, DarkCurrentFigures.MeanFitSlope),
            // The noise line only where it gave the noise figure (one exposure has none; a withheld figure, none either).
            NoiseFit = r.FromNoiseAdu2 is null || r.NoiseFit is null ? null : Line(r.NoiseFit, DarkCurrentFigures.NoiseFitIntercept, DarkCurrentFigures.NoiseFitSlope),
        };

    /// <summary>darkCurrent.points[].</summary>
    public static IReadOnlyList<DarkCurrentPoint> DarkCurrentPoints(IEnumerable<DarkLevel> levels) =>
        [.. levels.Select(l => new DarkCurrentPoint(l.ExposureS, DarkCurrentFigures.PointMean.Express(l.Mean), DarkCurrentFigures.PointVariance.Express(l.Variance)))];

    /// <summary>hotPixels, from long darks taken at <paramref name="exposureMs"/>.</summary>
    public static HotPixelsSection HotPixels(HotPixelResult r, double exposureMs) =>
        new(r.Count, r.PersistentCount, HotPixelFigures.Threshold.Express(r.Threshold), r.Frames, exposureMs, HotPixelEntries(r.Pixels))
        {
            DarkHistogram = Histogram(r.DarkHistogram, HotPixelFigures.DarkHistogram),
        };

    /// <summary>hotPixels.pixels[].</summary>
    public static IReadOnlyList<HotPixelEntry> HotPixelEntries(IEnumerable<HotPixel> pixels) =>
        [.. pixels.Select(p => new HotPixelEntry(p.X, p.Y, p.RateEPerS, p.FramesHot))];
}
