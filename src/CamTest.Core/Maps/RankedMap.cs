using CamTest.Core.Statistics;

namespace CamTest.Core.Maps;

/// <summary>
/// A map with its finite values' count and range and the values at the ranks that both of its readers need: the
/// percentiles of its summary (<see cref="MapSummary"/>) and the median of its bad-pixel limits
/// (<see cref="BadPixelFinder"/>). One selection (<see cref="OrderStatistics.SelectFinite"/>: a counting and a gathering
/// pass over the map) serves both instead of one each, and the range is found once. The values at the ranks are exact
/// order statistics whichever ranks are selected together, so every figure is the same as when each reader selected its own.
/// </summary>
public sealed class RankedMap
{
    private readonly int[] _ranks;
    private readonly double[] _atRanks;

    private RankedMap(double[] map, FiniteValues range, int[] ranks, double[] atRanks)
    {
        Map = map;
        Range = range;
        _ranks = ranks;
        _atRanks = atRanks;
    }

    public double[] Map { get; }

    /// <summary>How many values are finite, and the least and greatest of them (<see cref="OrderStatistics.FiniteRange"/>).</summary>
    public FiniteValues Range { get; }

    /// <summary>Ranks <paramref name="map"/>'s finite values for its summary and its bad-pixel limits.</summary>
    public static RankedMap Of(double[] map)
    {
        FiniteValues range = OrderStatistics.FiniteRange(map);
        if (range.Count == 0)
        {
            return new RankedMap(map, range, [], []);
        }

        int[] ranks = [.. MapSummary.Ranks(range.Count).Concat(BadPixelFinder.MedianRanks(range.Count)).Distinct().Order()];
        return new RankedMap(map, range, ranks, OrderStatistics.SelectFinite(map, ranks, range));
    }

    /// <summary>The finite value of rank <paramref name="rank"/> (0-based, ascending); only the ranks selected are known.</summary>
    public double At(int rank)
    {
        int i = Array.BinarySearch(_ranks, rank);
        return i >= 0 ? _atRanks[i] : throw new ArgumentOutOfRangeException(nameof(rank), rank, "this rank was not selected");
    }

    /// <summary>The values at <paramref name="ranks"/>, in their order.</summary>
    public double[] At(ReadOnlySpan<int> ranks)
    {
        var values = new double[ranks.Length];
        for (int j = 0; j < ranks.Length; j++)
        {
            values[j] = At(ranks[j]);
        }

        return values;
    }
}
