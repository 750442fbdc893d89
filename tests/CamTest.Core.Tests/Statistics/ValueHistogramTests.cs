using CamTest.Core.Results;
using CamTest.Core.Session;
using CamTest.Core.Statistics;

namespace CamTest.Core.Tests.Statistics;

public class ValueHistogramTests
{
    [Fact]
    public void Every_finite_value_is_in_a_bin_from_the_smallest_to_the_largest()
    {
        double[] values = [.. Enumerable.Range(0, 1000).Select(i => i * 0.37), double.NaN, double.PositiveInfinity];

        HistogramSection h = ResultsMapper.Histogram(ValueHistogram.Of(values, 40), TimingFigures.IntervalHistogram)!;

        Assert.Equal(40, h.Counts.Count);
        Assert.Equal(1000, h.Counts.Sum());
        Assert.Equal(0, h.Lower);
        Assert.True(h.BinLower(40) > 999 * 0.37, "the largest value lies inside the last bin");
        Assert.True(h.Counts[^1] > 0 && h.Counts[0] > 0);
        Assert.Equal("ms", h.Unit.Symbol);
    }

    [Fact]
    public void Values_worked_out_a_piece_at_a_time_give_the_histogram_of_the_values_held_whole()
    {
        // More values than one piece (16,384), with NaN and an infinity among them: the same range, bins and counts.
        var random = new Random(4);
        double[] values = [.. Enumerable.Range(0, 40_000).Select(_ => random.NextDouble() * random.NextDouble() * 1e3)];
        values[123] = double.NaN;
        values[30_000] = double.NegativeInfinity;

        Histogram whole = ValueHistogram.Of(values, 256)!;
        Histogram pieces = ValueHistogram.Of(values.Length, (first, piece) => values.AsSpan(first, piece.Length).CopyTo(piece), 256)!;

        Assert.Equal(whole.Lower, pieces.Lower);
        Assert.Equal(whole.BinWidth, pieces.BinWidth);
        Assert.Equal(whole.Counts.ToArray(), pieces.Counts.ToArray());
        Assert.Equal((whole.NotANumber, whole.Underflow, whole.Overflow), (pieces.NotANumber, pieces.Underflow, pieces.Overflow));
        Assert.Equal(values.Length - 2, pieces.Counts.ToArray().Sum());
        Assert.Null(ValueHistogram.Of(0, (_, _) => { }, 256));
    }

    [Fact]
    public void A_dropped_frame_shows_as_counts_at_twice_the_interval()
    {
        // 98 intervals of 10 ms and one of 20 ms (a frame lost): two bins hold them all, one at each end.
        double[] intervals = [.. Enumerable.Repeat(10.0, 98), 20.0];

        HistogramSection h = ResultsMapper.Histogram(ValueHistogram.Of(intervals, 40), TimingFigures.IntervalHistogram)!;

        Assert.Equal(98, h.Counts[0]);
        Assert.Equal(1, h.Counts[^1]);
        Assert.Equal(99, h.Counts.Sum());
    }

    [Fact]
    public void Values_that_never_vary_get_one_bin_around_them_and_none_give_no_histogram()
    {
        HistogramSection h = ResultsMapper.Histogram(ValueHistogram.Of([5.0, 5.0, 5.0], 40), TimingFigures.IntervalHistogram)!;
        Assert.Equal([3L], h.Counts);
        Assert.True(h.Lower < 5 && h.BinLower(1) > 5);
        Assert.Null(ResultsMapper.Histogram(ValueHistogram.Of([double.NaN], 40), TimingFigures.IntervalHistogram));
        Assert.Null(ResultsMapper.Histogram(ValueHistogram.Of([], 40), TimingFigures.IntervalHistogram));
    }
}
