using CamTest.Core.Diagnostics;
using CamTest.Core.Results;
using CamTest.Core.Statistics;

namespace CamTest.Core.Emva;

/// <summary>
/// Merges temporal sets into measurement points: sets at the same exposure (and, in the light, the same photon count)
/// are one point measured with more pairs, as real acquisitions take them (the reference implementation refuses them).
/// </summary>
public static class EmvaLevels
{
    /// <summary>The points of one illumination, in declaration order of their first set, and a note naming the repeats.</summary>
    public static Diagnosed<IReadOnlyList<EmvaLevel>> Merge(IEnumerable<ReducedPairs> sets)
    {
        var levels = new List<EmvaLevel>();
        var repeats = new List<ReducedPairs[]>();
        foreach (IGrouping<(double, double?), ReducedPairs> group in sets.Where(s => s.Pairs.Count > 0).GroupBy(s => (s.Set.ExposureS, s.Set.PhotonsPerPixel)))
        {
            ReducedPairs[] merged = [.. group];
            if (merged.Length > 1)
            {
                repeats.Add(merged);
            }

            levels.Add(Level(merged));
        }

        if (repeats.Count == 0)
        {
            return new(levels, []);
        }

        string examples = string.Join("; ", repeats.Take(3).Select(r => $"{string.Join(", ", r.Skip(1).Select(s => s.Set.Origin))} repeat{(r.Length > 2 ? string.Empty : "s")} {r[0].Set.Origin}"));
        bool bright = repeats[0][0].Set.IsBright;
        return new(levels, [EmvaDiagnostics.Note(EmvaDiagnostics.RepeatedPoint, $"{repeats.Count} {(bright ? "bright" : "dark")} point(s) were taken in more than one entry at the same exposure{(bright ? " and photon count" : string.Empty)} "
            + $"({examples}{(repeats.Count > 3 ? "; ..." : string.Empty)}): each point's pairs are merged ({repeats.Sum(r => r.Sum(s => s.Pairs.Count))} pairs in those points)")]);
    }

    /// <summary>
    /// The point's mean is the average of its frame means, with the standard error of that average from their spread
    /// (light-source drift between frames shows there), never below the pixels' own sqrt(sigma^2 / frames N). The
    /// variance is the average of the pairs' R4 variances, with the error from their spread (3 or more pairs) or from
    /// the pixel count.
    /// </summary>
    private static EmvaLevel Level(ReducedPairs[] sets)
    {
        PairDifference[] pairs = [.. sets.SelectMany(s => s.Pairs)];
        double[] frameMeans = [.. pairs.SelectMany(p => new[] { p.MeanA, p.MeanB })];
        double[] variances = [.. pairs.Select(p => p.TemporalVariance)];
        long pixels = pairs[0].Count;
        double variance = variances.Average();
        double mean = frameMeans.Average();
        double spread = SampleSpread.StandardDeviation(frameMeans);
        double meanError = Math.Max(spread / Math.Sqrt(frameMeans.Length), Math.Sqrt(Math.Max(variance, 0) / (frameMeans.Length * (double)pixels)));
        double varianceError = PairVarianceError.StandardError(variances, null, pixels);
        long top = sets.Sum(s => s.TopCodePixels), read = sets.Sum(s => s.PixelsRead);
        EmvaSet first = sets[0].Set;
        return new EmvaLevel(
            first.ExposureS,
            first.PhotonsPerPixel,
            pairs.Length,
            new Quantity(mean, Unit.Adu, meanError),
            new Quantity(variance, Unit.Adu2, varianceError),
            read == 0 ? 0 : top / (double)read,
            [.. sets.Select(s => s.Set.Origin)]);
    }
}
