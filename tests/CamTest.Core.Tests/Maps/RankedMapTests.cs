using CamTest.Core.Maps;
using CamTest.Core.Statistics;
using CamTest.Core.Tests.Analysis;

namespace CamTest.Core.Tests.Maps;

/// <summary>
/// One selection serves a map's summary and its bad-pixel limits: the values it holds must be the sorted finite
/// values' at those ranks, and both readers must give what they gave when each selected its own.
/// </summary>
public class RankedMapTests
{
    [Theory]
    [InlineData(100_001)] // bucketed selection, odd count: one middle rank
    [InlineData(100_000)] // even count: two middle ranks
    [InlineData(1_001)] // small: quickselect
    public void The_ranks_of_the_summary_and_the_median_hold_the_sorted_finite_values(int n)
    {
        var g = new Gaussian(5);
        double[] map = [.. Enumerable.Range(0, n).Select(_ => 100 + g.Next(3))];
        map[7] = double.NaN;
        map[8] = double.PositiveInfinity;
        map[9] = -1e300;
        double[] sorted = [.. map.Where(double.IsFinite).Order()];

        RankedMap ranked = RankedMap.Of(map);
        Assert.Equal(OrderStatistics.FiniteRange(map), ranked.Range);
        foreach (int rank in MapSummary.Ranks(sorted.Length).Concat(BadPixelFinder.MedianRanks(sorted.Length)))
        {
            Assert.Equal(sorted[rank], ranked.At(rank));
        }

        // Only the ranks selected are known: a rank nobody asked for is an error, not a guess.
        Assert.Throws<ArgumentOutOfRangeException>(() => ranked.At(3));
        Assert.Equal(Quantiles.OfSorted(sorted, 0.5), MapSummary.Of(ranked, MapFigures.Offset).Median.Value);
    }

    [Fact]
    public void Limits_from_a_ranked_map_equal_those_of_a_median_selected_on_its_own()
    {
        var g = new Gaussian(6);
        double[] map = [.. Enumerable.Range(0, 50_000).Select(_ => 10 + g.Next(1))];
        map[1] = 40;
        double[] sorted = [.. map.Order()];
        double median = (sorted[24_999] + sorted[25_000]) / 2;
        double[] deviations = [.. map.Select(v => Math.Abs(v - median)).Order()];
        double mad = (deviations[24_999] + deviations[25_000]) / 2;
        double sigma = BadPixelFinder.MadToSigma * mad;
        Assert.Equal(new BadPixelLimits(median - (BadPixelFinder.Sigmas * sigma), median + (BadPixelFinder.Sigmas * sigma)), BadPixelFinder.Limits(RankedMap.Of(map)));
    }

    [Fact]
    public void A_map_without_finite_values_has_no_ranks_and_NaN_quantiles()
    {
        RankedMap ranked = RankedMap.Of([double.NaN, double.NegativeInfinity]);
        Assert.Equal(0, ranked.Range.Count);
        Assert.Throws<ArgumentOutOfRangeException>(() => ranked.At(0));
        Assert.True(double.IsNaN(MapSummary.Of(ranked, MapFigures.Offset).Median.Value));
        Assert.Equal(new BadPixelLimits(double.PositiveInfinity, double.NegativeInfinity), BadPixelFinder.Limits(ranked));
    }
}
