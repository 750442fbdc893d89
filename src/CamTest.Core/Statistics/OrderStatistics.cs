namespace CamTest.Core.Statistics;

/// <summary>
/// The k-th smallest values of a sample without sorting it: quickselect (Hoare partition around a median-of-three
/// pivot), O(n) on average against the O(n log n) of a sort; several ranks share the partitions. A median and a few
/// percentiles of a 4-megapixel map take a fraction of the time of <see cref="Array.Sort(Array)"/>.
/// The values returned are exactly those a sort would put at the ranks asked for.
/// </summary>
public static class OrderStatistics
{
    /// <summary>Ranges this small are finished by a sort.</summary>
    private const int SmallRange = 16;

    /// <summary>
    /// The values of ranks <paramref name="ranks"/> (0-based, ascending order of value) of <paramref name="values"/>,
    /// which is reordered (partially sorted) in place. Values must not be NaN (they have no rank); callers keep the
    /// finite ones.
    /// </summary>
    public static double[] Select(Span<double> values, ReadOnlySpan<int> ranks)
    {
        foreach (double v in values)
        {
            if (double.IsNaN(v))
            {
                throw new ArgumentException("NaN has no rank; select among the finite values", nameof(values));
            }
        }

        foreach (int k in ranks)
        {
            ArgumentOutOfRangeException.ThrowIfNegative(k);
            ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(k, values.Length);
        }

        int[] distinct = [.. ranks.ToArray().Distinct().Order()];
        SelectAll(values, distinct, 0, Rounds(values.Length));
        var result = new double[ranks.Length];
        for (int j = 0; j < ranks.Length; j++)
        {
            result[j] = values[ranks[j]];
        }

        return result;
    }

    /// <summary>The finite values of <paramref name="values"/>, in order, in a new array (no list growth on millions of values).</summary>
    public static double[] Finite(ReadOnlySpan<double> values)
    {
        int count = 0;
        foreach (double v in values)
        {
            count += double.IsFinite(v) ? 1 : 0;
        }

        var finite = new double[count];
        int n = 0;
        foreach (double v in values)
        {
            if (double.IsFinite(v))
            {
                finite[n++] = v;
            }
        }

        return finite;
    }

    /// <summary>
    /// Puts every rank of <paramref name="ranks"/> (ascending, distinct, relative to <paramref name="offset"/> in the
    /// whole sample) in its sorted place: one partition serves every rank, and each side is searched only for the
    /// ranks that fall in it, so nine percentiles cost little more than one median.
    /// </summary>
    private static void SelectAll(Span<double> values, ReadOnlySpan<int> ranks, int offset, int rounds)
    {
        if (ranks.Length == 0)
        {
            return;
        }

        if (ranks.Length == 1)
        {
            SelectInPlace(values, ranks[0] - offset);
            return;
        }

        if (values.Length < SmallRange * 4 || rounds == 0)
        {
            values.Sort();
            return;
        }

        int j = Partition(values, 0, values.Length - 1);
        int split = 0;
        while (split < ranks.Length && ranks[split] - offset <= j)
        {
            split++;
        }

        SelectAll(values[..(j + 1)], ranks[..split], offset, rounds - 1);
        SelectAll(values[(j + 1)..], ranks[split..], offset + j + 1, rounds - 1);
    }

    /// <summary>Reorders <paramref name="values"/> so that the value of rank <paramref name="k"/> sits at index k, no
    /// greater value before it and no smaller after it.</summary>
    private static void SelectInPlace(Span<double> values, int k)
    {
        int lo = 0, hi = values.Length - 1;
        int rounds = Rounds(values.Length);
        while (hi - lo >= SmallRange)
        {
            if (rounds-- == 0)
            {
                values[lo..(hi + 1)].Sort();
                return;
            }

            int j = Partition(values, lo, hi);
            if (k <= j)
            {
                hi = j;
            }
            else
            {
                lo = j + 1;
            }
        }

        values[lo..(hi + 1)].Sort();
    }

    /// <summary>Partitions allowed before what is left is sorted instead: bounds the worst case (an adversarial order) by n log n.</summary>
    private static int Rounds(int length) => (2 * (int)Math.Log2(Math.Max(length, 2))) + 8;

    /// <summary>Median of three as the pivot, then Hoare's partition of [lo, hi]: returns j with [lo, j] &lt;= pivot &lt;= [j + 1, hi].</summary>
    private static int Partition(Span<double> values, int lo, int hi)
    {
        int mid = lo + ((hi - lo) / 2);
        if (values[mid] < values[lo])
        {
            (values[mid], values[lo]) = (values[lo], values[mid]);
        }

        if (values[hi] < values[lo])
        {
            (values[hi], values[lo]) = (values[lo], values[hi]);
        }

        if (values[hi] < values[mid])
        {
            (values[hi], values[mid]) = (values[mid], values[hi]);
        }

        double pivot = values[mid];
        int i = lo - 1, j = hi + 1;
        while (true)
        {
            do
            {
                i++;
            }
            while (values[i] < pivot);

            do
            {
                j--;
            }
            while (values[j] > pivot);

            if (i >= j)
            {
                return j;
            }

            (values[i], values[j]) = (values[j], values[i]);
        }
    }
}
