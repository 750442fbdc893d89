using CamTest.Core.Maps;
using CamTest.Core.Results;
using CamTest.Core.Statistics;
using CamTest.Core.Tests.Analysis;

namespace CamTest.Core.Tests.Maps;

public class MapSummaryTests
{
    [Fact]
    public void Median_and_percentiles_are_those_of_the_sorted_finite_values()
    {
        var g = new Gaussian(4);
        double[] map = [.. Enumerable.Range(0, 50_001).Select(i => i % 997 == 0 ? double.NaN : 100 + g.Next(3))];
        double[] sorted = [.. map.Where(double.IsFinite).Order()];
        MapSummary s = MapSummary.Of(map, MapFigures.Offset);
        Assert.Equal(sorted.Length, s.Finite);
        Assert.Equal(Quantiles.OfSorted(sorted, 0.5), s.Median.Value);
        Assert.Equal(Quantiles.OfSorted(sorted, 0.05), s.Percentiles["p5"].Value);
        Assert.Equal(Quantiles.OfSorted(sorted, 0.995), s.Percentiles["p99_5"].Value);
        Assert.Equal(sorted.Length, s.Histogram.Counts.Sum() + s.Histogram.Below + s.Histogram.Above);
    }

    [Fact]
    public void The_standard_errors_match_the_scatter_of_the_median_and_percentiles_over_many_maps()
    {
        // 400 maps of 10,000 Gaussian pixels. The reported error is sqrt(p(1-p)/n)/f with f from the summary's
        // 64-bin histogram; the truth is the scatter of the estimate over the maps. The sd of 400 draws is known to
        // 1/sqrt(2 x 399) = 3.5 %, and a bin-wide density misses the Gaussian's by about 1 % at the median, so
        // 0.88..1.12 is over 3 sd wide. For the median the error must also be near 1.2533 sigma / sqrt(n).
        const int n = 10_000, trials = 400;
        var g = new Gaussian(9);
        var medians = new List<double>();
        var p5s = new List<double>();
        var medianErrors = new List<double>();
        var p5Errors = new List<double>();
        for (int t = 0; t < trials; t++)
        {
            double[] map = [.. Enumerable.Range(0, n).Select(_ => 50 + g.Next(2))];
            MapSummary s = MapSummary.Of(map, MapFigures.Offset);
            medians.Add(s.Median.Value);
            p5s.Add(s.Percentiles["p5"].Value);
            medianErrors.Add(s.Median.StdErr!.Value);
            p5Errors.Add(s.Percentiles["p5"].StdErr!.Value);
        }

        Assert.InRange(Rms(medianErrors) / Sd(medians), 0.88, 1.12);
        Assert.InRange(Rms(p5Errors) / Sd(p5s), 0.88, 1.12);
        Assert.InRange(Rms(medianErrors) / (1.2533 * 2 / Math.Sqrt(n)), 0.95, 1.05);
    }

    [Fact]
    public void A_map_of_one_value_has_exact_quantiles()
    {
        MapSummary s = MapSummary.Of([.. Enumerable.Repeat(7.0, 1000)], MapFigures.Offset);
        Assert.Equal(7, s.Median.Value);
        Assert.Equal(0, s.Median.StdErr);
        MapSummary empty = MapSummary.Of([double.NaN], MapFigures.Offset);
        Assert.Null(empty.Median.StdErr);
        Assert.All(empty.Percentiles.Values, p => Assert.Null(p.StdErr));
        Assert.Equal(Unit.Adu, s.Unit);
    }

    private static double Sd(List<double> v)
    {
        double m = v.Average();
        return Math.Sqrt(v.Sum(x => (x - m) * (x - m)) / (v.Count - 1));
    }

    private static double Rms(List<double> v) => Math.Sqrt(v.Average(x => x * x));
}
