using System.Text.Json.Serialization;

namespace CamTest.Core.Maps;

/// <summary>
/// What results.json says of one map: how many pixels are finite, the median and percentiles, and a histogram
/// between the 0.5th and 99.5th percentiles (values outside are counted below and above it).
/// </summary>
public sealed record MapSummary(
    [property: JsonPropertyName("unit")] string Unit,
    [property: JsonPropertyName("pixels")] long Pixels,
    [property: JsonPropertyName("finite")] long Finite,
    [property: JsonPropertyName("median")] double Median,
    [property: JsonPropertyName("percentiles")] IReadOnlyDictionary<string, double> Percentiles,
    [property: JsonPropertyName("histogram")] MapHistogram Histogram)
{
    public const int Bins = 64;

    private static readonly double[] Levels = [0.5, 1, 5, 25, 75, 95, 99, 99.5];

    public static MapSummary Of(double[] map, string unit)
    {
        double[] sorted = [.. map.Where(double.IsFinite)];
        Array.Sort(sorted);
        var percentiles = Levels.ToDictionary(p => $"p{p:0.#}".Replace('.', '_'), p => Percentile(sorted, p));
        double low = Percentile(sorted, 0.5), high = Percentile(sorted, 99.5);
        var counts = new long[Bins];
        long below = 0, above = 0;
        double width = (high - low) / Bins;
        foreach (double v in sorted)
        {
            if (v < low)
            {
                below++;
            }
            else if (v > high)
            {
                above++;
            }
            else
            {
                counts[width > 0 ? Math.Min(Bins - 1, (int)((v - low) / width)) : 0]++;
            }
        }

        return new MapSummary(unit, map.Length, sorted.Length, Percentile(sorted, 50), percentiles, new MapHistogram(low, high, counts, below, above));
    }

    /// <summary>Linear interpolation between order statistics (numpy's default); NaN for no values.</summary>
    private static double Percentile(double[] sorted, double p)
    {
        if (sorted.Length == 0)
        {
            return double.NaN;
        }

        double rank = p / 100 * (sorted.Length - 1);
        int lo = (int)Math.Floor(rank);
        int hi = Math.Min(lo + 1, sorted.Length - 1);
        return sorted[lo] + ((rank - lo) * (sorted[hi] - sorted[lo]));
    }
}

/// <summary>Equal bins from <paramref name="Lower"/> to <paramref name="Upper"/>; values outside are counted in <paramref name="Below"/> and <paramref name="Above"/>.</summary>
public sealed record MapHistogram(
    [property: JsonPropertyName("lower")] double Lower,
    [property: JsonPropertyName("upper")] double Upper,
    [property: JsonPropertyName("counts")] IReadOnlyList<long> Counts,
    [property: JsonPropertyName("below")] long Below,
    [property: JsonPropertyName("above")] long Above);
