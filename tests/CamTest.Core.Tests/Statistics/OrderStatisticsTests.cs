using CamTest.Core.Statistics;

namespace CamTest.Core.Tests.Statistics;

/// <summary>Selection must give exactly the values a sort puts at the ranks asked for, whatever the order and ties.</summary>
public class OrderStatisticsTests
{
    [Fact]
    public void Every_rank_of_every_length_up_to_256_equals_the_sorted_value()
    {
        var random = new Random(1);
        for (int n = 1; n <= 256; n++)
        {
            // Continuous values, heavy ties (a quantised map), and already sorted / reversed input.
            double[][] samples =
            [
                [.. Enumerable.Range(0, n).Select(_ => random.NextDouble())],
                [.. Enumerable.Range(0, n).Select(_ => (double)random.Next(4))],
                [.. Enumerable.Range(0, n).Select(i => (double)i)],
                [.. Enumerable.Range(0, n).Select(i => (double)(n - i))],
            ];
            foreach (double[] sample in samples)
            {
                double[] sorted = [.. sample.Order()];
                int[] ranks = [0, n / 4, n / 2, n - 1 - (n / 3), n - 1];
                double[] selected = OrderStatistics.Select(sample.ToArray(), ranks);
                Assert.Equal(ranks.Select(r => sorted[r]), selected);
            }
        }
    }

    [Fact]
    public void Quantiles_by_selection_equal_quantiles_of_the_sorted_values_on_a_large_sample()
    {
        var random = new Random(2);
        double[] values = [.. Enumerable.Range(0, 1_000_003).Select(_ => Math.Round(random.NextDouble() * 1000, 1))];
        double[] sorted = [.. values.Order()];
        double[] qs = [0.005, 0.01, 0.05, 0.25, 0.5, 0.75, 0.95, 0.99, 0.995, 0, 1];
        double[] selected = Quantiles.Of(values.ToArray(), qs);
        Assert.Equal(qs.Select(q => Quantiles.OfSorted(sorted, q)), selected);
    }

    [Fact]
    public void An_order_that_defeats_the_pivot_still_gives_the_sorted_value()
    {
        // Organ-pipe order (up then down) is a classic bad case for median-of-three pivots.
        int n = 100_000;
        double[] values = [.. Enumerable.Range(0, n).Select(i => (double)Math.Min(i, n - i))];
        double[] sorted = [.. values.Order()];
        Assert.Equal(sorted[n / 2], OrderStatistics.Select(values, [n / 2])[0]);
    }

    [Fact]
    public void NaN_is_refused_and_no_values_give_NaN_quantiles()
    {
        Assert.Throws<ArgumentException>(() => OrderStatistics.Select(new[] { 1.0, double.NaN }, [0]));
        Assert.All(Quantiles.Of(Span<double>.Empty, 0.5, 0.9), q => Assert.True(double.IsNaN(q)));
    }
}

/// <summary>
/// Samples large enough to be bucketed (over 32,768 values) must give exactly the sorted values too: skewed maps with
/// far outliers (a hot pixel's variance), heavy ties, negative values, infinities, NaN among the values selected from
/// by rank of the finite ones, and ranges too narrow or too wide to bucket.
/// </summary>
public class BucketedSelectionTests
{
    public static TheoryData<string> Kinds() =>
        ["uniform", "skewed", "ties", "one-value", "negative", "two-values", "tiny-range", "huge-range", "outlier-ladder"];

    private static double[] Sample(string kind, int n, Random random) => kind switch
    {
        "uniform" => [.. Enumerable.Range(0, n).Select(_ => random.NextDouble())],
        // A variance map: most pixels near 5, a few hot ones up to 1e4 (bucket 0 of the first pass holds nearly all).
        "skewed" => [.. Enumerable.Range(0, n).Select(_ => random.Next(1000) == 0 ? 10_000 * random.NextDouble() : 5 + random.NextDouble())],
        "ties" => [.. Enumerable.Range(0, n).Select(_ => Math.Round(100 + (random.NextDouble() * 3), 2))],
        "one-value" => [.. Enumerable.Repeat(4.25, n)],
        "negative" => [.. Enumerable.Range(0, n).Select(_ => -1e6 + (2e6 * random.NextDouble() * random.NextDouble()))],
        "two-values" => [.. Enumerable.Range(0, n).Select(_ => random.Next(2) == 0 ? -0.5 : 7.0)],
        "tiny-range" => [.. Enumerable.Range(0, n).Select(_ => 1.0 + (random.Next(5) * double.Epsilon))],
        "huge-range" => [.. Enumerable.Range(0, n).Select(_ => (random.NextDouble() - 0.5) * double.MaxValue * 1.9)],
        // Each outlier far beyond the last: every narrowing finds most values in its first bucket.
        _ => [.. Enumerable.Range(0, n).Select(i => i % 1000 == 0 ? Math.Pow(1e5, i % 7) : random.NextDouble())],
    };

    [Theory]
    [MemberData(nameof(Kinds))]
    public void Every_rank_asked_for_equals_the_sorted_value(string kind)
    {
        var random = new Random(kind.Length);
        foreach (int n in new[] { 32_768, 32_769, 100_001, 250_000 })
        {
            double[] values = Sample(kind, n, random);
            double[] copy = [.. values];
            double[] sorted = [.. values.Order()];
            int[] ranks = [0, 1, n / 200, n / 4, (n / 2) - 1, n / 2, n - 1 - (n / 100), n - 2, n - 1, n / 2];
            double[] selected = OrderStatistics.Select(values, ranks);
            Assert.Equal(ranks.Select(r => sorted[r]), selected);
            Assert.Equal(copy, values); // not modified
        }
    }

    [Theory]
    [MemberData(nameof(Kinds))]
    public void Ranks_of_absolute_deviations_equal_the_sorted_deviations(string kind)
    {
        var random = new Random(kind.Length + 100);
        foreach (int n in new[] { 1_000, 100_001 })
        {
            double[] values = Sample(kind, n, random);
            if (kind == "huge-range")
            {
                // |v - c| of values near +/-MaxValue overflows to infinity, which has no finite rank.
                continue;
            }

            values[n / 3] = double.NaN;
            values[n / 5] = double.PositiveInfinity;
            double center = values[n / 2];
            double[] deviations = [.. values.Where(double.IsFinite).Select(v => Math.Abs(v - center)).Order()];
            int m = deviations.Length;
            int[] ranks = [0, m / 4, (m / 2) - 1, m / 2, m - 1];
            Assert.Equal(ranks.Select(r => deviations[r]), OrderStatistics.SelectFiniteDeviations(values, center, ranks));
        }
    }

    [Fact]
    public void Infinities_rank_first_and_last_and_NaN_is_left_out_by_the_finite_selection()
    {
        var random = new Random(5);
        int n = 70_000;
        double[] values = [.. Enumerable.Range(0, n).Select(i => (i % 97) switch
        {
            0 => double.PositiveInfinity,
            1 => double.NegativeInfinity,
            2 => double.NaN,
            _ => random.NextDouble() * 50,
        })];
        double[] finite = [.. values.Where(double.IsFinite).Order()];
        int[] finiteRanks = [0, finite.Length / 3, finite.Length / 2, finite.Length - 1];
        Assert.Equal(finiteRanks.Select(r => finite[r]), OrderStatistics.SelectFinite(values, finiteRanks));

        double[] noNaN = [.. values.Where(v => !double.IsNaN(v))];
        double[] sorted = [.. noNaN.Order()];
        int[] ranks = [0, 5, noNaN.Length / 2, noNaN.Length - 6, noNaN.Length - 1];
        Assert.Equal(ranks.Select(r => sorted[r]), OrderStatistics.Select(noNaN, ranks));
    }

    [Fact]
    public void Quantiles_of_the_finite_values_equal_quantiles_of_the_finite_values_copied_out()
    {
        var random = new Random(6);
        double[] map = [.. Enumerable.Range(0, 123_457).Select(i => i % 1009 == 0 ? double.NaN : 100 + (random.NextDouble() * random.NextDouble() * 30))];
        double[] finite = OrderStatistics.Finite(map);
        double[] qs = [0.005, 0.01, 0.05, 0.25, 0.5, 0.75, 0.95, 0.99, 0.995];
        Assert.Equal(Quantiles.Of(finite, qs), Quantiles.OfFinite(map, OrderStatistics.FiniteRange(map), qs));
        double[] sorted = [.. finite.Order()];
        Assert.Equal(qs.Select(q => Quantiles.OfSorted(sorted, q)), Quantiles.OfFinite(map, OrderStatistics.FiniteRange(map), qs));
    }

    [Fact]
    public void The_finite_range_counts_and_bounds_the_finite_values_at_every_length()
    {
        var random = new Random(7);
        for (int n = 0; n <= 67; n++)
        {
            double[] values = [.. Enumerable.Range(0, n).Select(_ => random.Next(6) switch
            {
                0 => double.NaN,
                1 => double.PositiveInfinity,
                2 => double.NegativeInfinity,
                _ => random.NextDouble() - 0.5,
            })];
            double[] finite = [.. values.Where(double.IsFinite)];
            // Unaligned: the same values one element into a longer array.
            double[] shifted = [double.NaN, .. values];
            Check(values, finite);
            Check(shifted.AsSpan(1), finite);
        }
    }

    private static void Check(ReadOnlySpan<double> span, double[] finite)
    {
        (int count, double min, double max) = OrderStatistics.FiniteRange(span);
        Assert.Equal(finite.Length, count);
        Assert.Equal(finite.Length == 0 ? double.PositiveInfinity : finite.Min(), min);
        Assert.Equal(finite.Length == 0 ? double.NegativeInfinity : finite.Max(), max);
    }
}
