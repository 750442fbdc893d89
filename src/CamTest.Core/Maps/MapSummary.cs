using System.Runtime.CompilerServices;
using System.Text.Json.Serialization;
using CamTest.Core.Results;
using CamTest.Core.Statistics;

namespace CamTest.Core.Maps;

/// <summary>
/// What results.json says of one map: how many pixels are finite, the median and percentiles with their standard
/// errors, and a histogram between the 0.5th and 99.5th percentiles (values outside are counted below and above it).
/// The standard errors are those of the pixels as a sample of the sensor's: how far the median of another sensor of
/// the same make (or another crop) would lie; unknown (null) without finite values. The median is a
/// <see cref="Quantity"/> in the map's unit; results.json writes it flat, the unit first, the error as
/// <c>medianStdErr</c> after the histogram, as it always has (<see cref="MapSummaryJsonConverter"/>).
/// </summary>
/// <param name="Median">The median over the finite pixels, with its standard error; NaN and unknown without finite values.</param>
/// <param name="Percentiles">The percentiles ("p0_5" ... "p99_5") with their standard errors, in the map's unit; results.json
/// writes their values as <c>percentiles</c> and their errors as <c>percentileStdErrs</c>, as it always has.</param>
[JsonConverter(typeof(MapSummaryJsonConverter))]
public sealed record MapSummary(
    long Pixels,
    long Finite,
    Quantity Median,
    IReadOnlyDictionary<string, Quantity> Percentiles,
    MapHistogram Histogram)
{
    public const int Bins = 64;

    private static readonly double[] Levels = [0.5, 1, 5, 25, 75, 95, 99, 99.5];

    /// <summary>The map's unit, the median's (the percentiles and the histogram are in it too).</summary>
    public Unit Unit => Median.Unit;

    /// <summary>The quantiles of the summary (its percentile levels, then the median), 0..1.</summary>
    private static readonly double[] QuantileLevels = [.. Levels.Select(p => p / 100), 0.5];

    /// <summary>The summary of <paramref name="map"/>, a map of <paramref name="figure"/> (in its declared unit).</summary>
    public static MapSummary Of(double[] map, FigureDeclaration figure) => Of(RankedMap.Of(map), figure);

    /// <summary>The order statistics (0-based ranks among <paramref name="finite"/> values) that a summary reads.</summary>
    public static int[] Ranks(int finite) => Quantiles.Ranks(finite, QuantileLevels);

    /// <summary>The summary of a map already ranked (<see cref="RankedMap"/>: its quantiles by selection among the
    /// finite values, bucketed: a few passes, no copy or sort of millions of values, shared with its bad-pixel limits).</summary>
    public static MapSummary Of(RankedMap ranked, FigureDeclaration figure)
    {
        double[] map = ranked.Map;
        int finite = ranked.Range.Count;
        double[] at = Quantiles.FromRanks(finite, finite == 0 ? [] : ranked.At(Ranks(finite)), QuantileLevels);
        double low = at[0], high = at[Levels.Length - 1];
        double width = (high - low) / Bins;
        var counts = new long[Bins];
        (long below, long above) = Count(map, low, high, width, counts);

        var percentiles = new Dictionary<string, Quantity>();
        for (int i = 0; i < Levels.Length; i++)
        {
            string key = $"p{Levels[i]:0.#}".Replace('.', '_');
            percentiles[key] = new Quantity(at[i], figure.Unit, StandardError(Levels[i] / 100, at[i], finite, counts, low, width));
        }

        double median = at[^1];
        var medianFigure = new Quantity(median, figure.Unit, StandardError(0.5, median, finite, counts, low, width));
        return new MapSummary(map.Length, finite, medianFigure, percentiles, new MapHistogram(low, high, counts, below, above));
    }

    /// <summary>
    /// The histogram: the finite values below <paramref name="low"/>, above <paramref name="high"/>, and in each of
    /// <see cref="Bins"/> bins of <paramref name="width"/> between (a pass over every pixel, so compiled optimised at once).
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static OutsideTheBins Count(ReadOnlySpan<double> map, double low, double high, double width, Span<long> counts)
    {
        long below = 0, above = 0;
        foreach (double v in map)
        {
            if (!double.IsFinite(v))
            {
                continue;
            }

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
                counts[Bin(v, low, width)]++;
            }
        }

        return new OutsideTheBins(below, above);
    }

    private static int Bin(double v, double low, double width) => width > 0 ? Math.Min(Bins - 1, (int)((v - low) / width)) : 0;

    /// <summary>
    /// Standard error of the sample p-quantile x_p of n values: sqrt(p (1 - p) / n) / f(x_p), the large-sample
    /// variance of an order statistic (e.g. Serfling 1980, 2.3.3), with the density f(x_p) read from the summary's own
    /// histogram: the count of the bin holding x_p over n times the bin width (x_p lies in that bin, so the count is at
    /// least 1). When the central 99 % of the values are one value (zero width) every quantile in that range is that
    /// value in any resample as large: the error is 0. Unknown (null) without values.
    /// </summary>
    private static double? StandardError(double p, double quantile, long n, long[] counts, double low, double width)
    {
        if (n == 0)
        {
            return null;
        }

        if (!(width > 0))
        {
            return 0;
        }

        double density = counts[Bin(quantile, low, width)] / (n * width);
        return Math.Sqrt(p * (1 - p) / n) / density;
    }

    /// <summary>How many finite values fell below and above the histogram's bins.</summary>
    private readonly record struct OutsideTheBins(long Below, long Above);
}

/// <summary>Equal bins from <paramref name="Lower"/> to <paramref name="Upper"/>; values outside are counted in <paramref name="Below"/> and <paramref name="Above"/>.</summary>
public sealed record MapHistogram(
    [property: JsonPropertyName("lower")] double Lower,
    [property: JsonPropertyName("upper")] double Upper,
    [property: JsonPropertyName("counts")] IReadOnlyList<long> Counts,
    [property: JsonPropertyName("below")] long Below,
    [property: JsonPropertyName("above")] long Above);
