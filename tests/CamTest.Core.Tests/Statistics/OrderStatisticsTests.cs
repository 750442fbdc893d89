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
