using CamTest.Core.Maps;
using CamTest.Core.Tests.Analysis;

namespace CamTest.Core.Tests.Maps;

public class BadPixelFinderTests
{
    [Fact]
    public void A_gaussian_map_flags_its_planted_outliers_only()
    {
        var g = new Gaussian(2);
        double[] map = [.. Enumerable.Range(0, 100_000).Select(_ => 100 + g.Next(2))];
        map[10] = 150;
        map[20] = 60;
        (double low, double high) = BadPixelFinder.Limits(map);
        // 5 robust sigmas of a sigma-2 Gaussian: +-10 around 100, to the MAD's few-per-mille precision.
        Assert.InRange(high, 109.8, 110.2);
        Assert.InRange(low, 89.8, 90.2);
        Assert.Equal([10, 20], Enumerable.Range(0, map.Length).Where(i => map[i] < low || map[i] > high));
    }

    [Fact]
    public void A_map_of_mostly_one_value_flags_only_what_lies_far_off_its_steps()
    {
        // 80 % of the pixels at exactly 0 (a variance map of pixels quieter than the ADC step), 15 % one step of 0.1
        // off and 5 % two, one pixel at 5: the MAD is 0, and "beyond 5 x 0" would flag every pixel not at 0. The spread
        // of the differing pixels (median |deviation| 0.1, sigma 0.148, limit 0.74) flags the one at 5 alone.
        double[] map = [.. Enumerable.Range(0, 10_000).Select(i => (i % 20) switch { < 16 => 0, < 19 => 0.1, _ => 0.2 })];
        map[123] = 5;
        (double low, double high) = BadPixelFinder.Limits(map);
        Assert.InRange(high, 0.7, 0.8);
        Assert.Equal([123], Enumerable.Range(0, map.Length).Where(i => map[i] < low || map[i] > high));
        (BadPixelReason[] reasons, _, _) = BadPixelFinder.Find(map, map, null);
        Assert.Equal(1, reasons.Count(r => r != BadPixelReason.None));
    }

    [Fact]
    public void A_map_of_one_value_everywhere_flags_nothing()
    {
        double[] map = [.. Enumerable.Repeat(42.0, 1000)];
        (BadPixelReason[] reasons, _, _) = BadPixelFinder.Find(map, map, null);
        Assert.All(reasons, r => Assert.Equal(BadPixelReason.None, r));
    }

    [Theory]
    [InlineData("offset")]
    [InlineData("variance")]
    [InlineData("mostly-one-value")]
    public void Limits_equal_those_of_the_sorted_definition_on_a_large_map(string kind)
    {
        // Large enough (4 x the bucketing threshold) that every selection is bucketed; NaN and infinite pixels among them.
        var random = new Random(kind.Length);
        double[] map = [.. Enumerable.Range(0, 131_101).Select(i => kind switch
        {
            "offset" => Math.Round(100 + (random.NextDouble() * 6) + (i % 5000 == 0 ? 300 : 0), 2),
            "variance" => random.Next(2000) == 0 ? 3000 * random.NextDouble() : 4 + (random.NextDouble() * random.NextDouble() * 3),
            _ => i % 10 < 8 ? 1.5 : 1.5 + (0.25 * random.Next(1, 4)),
        })];
        map[7] = double.NaN;
        map[77] = double.PositiveInfinity;
        Assert.Equal(SortedLimits(map), BadPixelFinder.Limits(map));
    }

    /// <summary>The thresholds as their definition reads, by sorting copies (the slow way the selection must match).</summary>
    private static BadPixelLimits SortedLimits(double[] map)
    {
        double[] finite = [.. map.Where(double.IsFinite).Order()];
        double median = Median(finite);
        double[] deviations = [.. finite.Select(v => Math.Abs(v - median)).Order()];
        double mad = Median(deviations);
        if (mad == 0 && deviations.Any(d => d > 0))
        {
            mad = Median([.. deviations.Where(d => d > 0)]);
        }

        double sigma = BadPixelFinder.MadToSigma * mad;
        return new(median - (BadPixelFinder.Sigmas * sigma), median + (BadPixelFinder.Sigmas * sigma));
    }

    private static double Median(double[] sorted) =>
        sorted.Length % 2 == 1 ? sorted[sorted.Length / 2] : (sorted[(sorted.Length / 2) - 1] + sorted[sorted.Length / 2]) / 2;
}
