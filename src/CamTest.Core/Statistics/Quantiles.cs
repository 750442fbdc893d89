namespace CamTest.Core.Statistics;

/// <summary>Quantiles of a sample, linearly interpolated between order statistics (the median of an even count is the mean of the middle two).</summary>
public static class Quantiles
{
    /// <summary>The <paramref name="q"/> quantile (0..1) of values already sorted ascending.</summary>
    public static double OfSorted(IReadOnlyList<double> sorted, double q)
    {
        (int lo, int hi, double fraction) = Position(sorted.Count, q);
        return Interpolate(sorted[lo], sorted[hi], fraction);
    }

    /// <summary>
    /// The quantiles <paramref name="qs"/> (0..1) of <paramref name="values"/>, equal to <see cref="OfSorted"/> of the
    /// sorted values, found by selection (<see cref="OrderStatistics"/>) instead of a sort; the values are reordered
    /// in place and must not be NaN. NaN for every quantile of no values.
    /// </summary>
    public static double[] Of(Span<double> values, params ReadOnlySpan<double> qs)
    {
        if (values.Length == 0)
        {
            return [.. Enumerable.Repeat(double.NaN, qs.Length)];
        }

        var ranks = new int[2 * qs.Length];
        for (int i = 0; i < qs.Length; i++)
        {
            (ranks[2 * i], ranks[(2 * i) + 1], _) = Position(values.Length, qs[i]);
        }

        double[] at = OrderStatistics.Select(values, ranks);
        var result = new double[qs.Length];
        for (int i = 0; i < qs.Length; i++)
        {
            result[i] = Interpolate(at[2 * i], at[(2 * i) + 1], Position(values.Length, qs[i]).Fraction);
        }

        return result;
    }

    /// <summary>The median of <paramref name="values"/> (not modified).</summary>
    public static double Median(IEnumerable<double> values) => OfSorted([.. values.Order()], 0.5);

    private static (int Lo, int Hi, double Fraction) Position(int count, double q)
    {
        double pos = q * (count - 1);
        int lo = (int)Math.Floor(pos);
        return (lo, Math.Min(lo + 1, count - 1), pos - lo);
    }

    private static double Interpolate(double low, double high, double fraction) => low + (fraction * (high - low));
}
