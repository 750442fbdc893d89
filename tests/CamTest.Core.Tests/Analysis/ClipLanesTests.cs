using CamTest.Core.Analysis;

namespace CamTest.Core.Tests.Analysis;

/// <summary>
/// The clipping's sums (<see cref="ClipLanes"/>) against the scalar statement of their order, to the last bit: value i
/// in lane i mod 4, lanes folded (0 + 1) + (2 + 3), the last length mod 4 values added after the fold. That order is
/// what hot-pixel thresholds (and so results.json) hang on, whether the values are held whole or streamed band by band.
/// </summary>
public sealed class ClipLanesTests
{
    /// <summary>The order, one value at a time.</summary>
    private static KeptSums Scalar(ReadOnlySpan<double> values, double lo, double hi, double shift)
    {
        double[] sums = new double[4], squares = new double[4];
        long n = 0;
        int whole = values.Length / 4 * 4;
        for (int i = 0; i < whole; i++)
        {
            double v = values[i];
            if (v >= lo && v <= hi)
            {
                sums[i % 4] += v;
                squares[i % 4] += (v - shift) * (v - shift);
                n++;
            }
        }

        double sum = (sums[0] + sums[1]) + (sums[2] + sums[3]);
        double sumSq = (squares[0] + squares[1]) + (squares[2] + squares[3]);
        for (int i = whole; i < values.Length; i++)
        {
            double v = values[i];
            if (v >= lo && v <= hi)
            {
                sum += v;
                sumSq += (v - shift) * (v - shift);
                n++;
            }
        }

        return new(n, sum, sumSq);
    }

    /// <summary>Values about 4.75, one in 40 far above, one NaN (never kept) and, when asked, one infinite.</summary>
    private static double[] Values(int count, int seed, bool infinite)
    {
        var random = new Random(seed);
        double[] values = [.. Enumerable.Range(0, count).Select(_ => 3.7 + (random.NextDouble() * 2.1) + (random.Next(40) == 0 ? 300 : 0))];
        values[random.Next(count)] = double.NaN;
        if (infinite)
        {
            values[random.Next(count)] = double.PositiveInfinity;
        }

        return values;
    }

    [Fact]
    public void Equals_the_scalar_order_at_every_length_and_offset_whole_and_in_pieces()
    {
        double[] values = Values(300, 1, infinite: true);
        foreach ((double lo, double hi) in new[] { (double.NegativeInfinity, double.PositiveInfinity), (4.0, 5.5) })
        {
            for (int length = 0; length <= 256; length++)
            {
                for (int offset = 0; offset < 8; offset += length < 64 ? 1 : 3)
                {
                    ReadOnlySpan<double> span = values.AsSpan(offset, length);
                    KeptSums expected = Scalar(span, lo, hi, 4.5);

                    var whole = new ClipLanes(lo, hi, 4.5);
                    whole.Add(span);
                    Assert.Equal(expected, whole.Sums());

                    // Pieces a multiple of four long, the last whatever is left.
                    var pieces = new ClipLanes(lo, hi, 4.5);
                    int cut = length / 3 / 4 * 4;
                    pieces.Add(span[..cut]);
                    pieces.Add(span.Slice(cut, cut));
                    pieces.Add(span[(2 * cut)..]);
                    Assert.Equal(expected, pieces.Sums());
                }
            }
        }
    }

    [Fact]
    public void A_piece_after_one_cut_short_is_refused()
    {
        var lanes = new ClipLanes(0, 1, 0);
        lanes.Add([0.5, 0.5, 0.5]);
        Assert.Throws<InvalidOperationException>(() => lanes.Add([0.5]));
    }

    [Fact]
    public void Values_streamed_in_pieces_clip_to_the_same_figures_as_values_held_whole()
    {
        double[] values = Values(10_003, 2, infinite: false);
        ClippedValues held = ClippedStatistics.Clip(values);

        var streamed = new StreamedClip();
        int steps = 0;
        while (!streamed.Done)
        {
            ClipLanes lanes = streamed.Next();
            for (int first = 0; first < values.Length; first += 1000)
            {
                lanes.Add(values.AsSpan(first, Math.Min(1000, values.Length - first)));
            }

            streamed.Take(lanes.Sums());
            steps++;
        }

        // The bright tail (1 in 40 values, 300 above the rest) is clipped: more than the first step's two reads.
        Assert.True(steps > 2);
        Assert.Equal(held, streamed.Result);
        Assert.InRange(held.Mean, 4.7, 4.9);
    }
}
