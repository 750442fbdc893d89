namespace CamTest.Core.Statistics;

/// <summary>
/// The k-th smallest values of a sample without sorting it: quickselect (Hoare partition around a median-of-three
/// pivot), O(n) on average against the O(n log n) of a sort. A median and a few percentiles of a 4-megapixel map need
/// three or four selections of ever smaller ranges, about a tenth of the time of <see cref="Array.Sort(Array)"/>.
/// The values returned are exactly those a sort would put at the ranks asked for.
/// </summary>
public static class OrderStatistics
{
    /// <summary>Ranges this small are finished by insertion sort.</summary>
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

        int[] order = [.. Enumerable.Range(0, ranks.Length)];
        int[] sortedRanks = ranks.ToArray();
        Array.Sort(sortedRanks, order);
        var result = new double[ranks.Length];
        int left = 0;
        for (int j = 0; j < sortedRanks.Length; j++)
        {
            int k = sortedRanks[j];
            ArgumentOutOfRangeException.ThrowIfNegative(k);
            ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(k, values.Length);

            // Everything before `left` is at most values[left - 1], which is at most every later rank's value.
            SelectInPlace(values[left..], k - left);
            result[order[j]] = values[k];
            left = k;
        }

        return result;
    }

    /// <summary>Reorders <paramref name="values"/> so that the value of rank <paramref name="k"/> sits at index k, no
    /// greater value before it and no smaller after it.</summary>
    private static void SelectInPlace(Span<double> values, int k)
    {
        int lo = 0, hi = values.Length - 1;
        // A sort of what is left after 2 log2(n) + 8 rounds bounds the worst case (an adversarial order) by n log n.
        int rounds = (2 * (int)Math.Log2(Math.Max(values.Length, 2))) + 8;
        while (hi - lo >= SmallRange)
        {
            if (rounds-- == 0)
            {
                values[lo..(hi + 1)].Sort();
                return;
            }

            // Median of three as the pivot, then Hoare's partition: [lo, j] <= pivot <= [j + 1, hi].
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
                    break;
                }

                (values[i], values[j]) = (values[j], values[i]);
            }

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
}
