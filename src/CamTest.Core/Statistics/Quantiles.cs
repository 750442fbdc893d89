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
    /// sorted values, found by selection (<see cref="OrderStatistics"/>) instead of a sort; the values are not
    /// modified and must not be NaN. NaN for every quantile of no values.
    /// </summary>
    public static double[] Of(ReadOnlySpan<double> values, params ReadOnlySpan<double> qs) =>
        values.Length == 0 ? NoValues(qs) : Interpolated(values.Length, OrderStatistics.Select(values, Ranks(values.Length, qs)), qs);

    /// <summary>
    /// The quantiles <paramref name="qs"/> (0..1) of the finite values of <paramref name="values"/> (NaN and
    /// infinities left out, without copying the rest out first), as <see cref="Of(ReadOnlySpan{double}, ReadOnlySpan{double})"/>;
    /// <paramref name="range"/> is the values' <see cref="OrderStatistics.FiniteRange"/>.
    /// </summary>
    public static double[] OfFinite(ReadOnlySpan<double> values, FiniteValues range, params ReadOnlySpan<double> qs) =>
        range.Count == 0 ? NoValues(qs) : Interpolated(range.Count, OrderStatistics.SelectFinite(values, Ranks(range.Count, qs), range), qs);

    /// <summary>
    /// The quantiles <paramref name="qs"/> of <paramref name="count"/> values from their order statistics
    /// <paramref name="atRanks"/> at <see cref="Ranks"/>(count, qs), as <see cref="OfFinite"/> gives them: for a caller
    /// that selected those ranks together with others it needs. NaN for every quantile of no values.
    /// </summary>
    public static double[] FromRanks(int count, ReadOnlySpan<double> atRanks, params ReadOnlySpan<double> qs) =>
        count == 0 ? NoValues(qs) : Interpolated(count, atRanks.ToArray(), qs);

    private static double[] NoValues(ReadOnlySpan<double> qs) => [.. Enumerable.Repeat(double.NaN, qs.Length)];

    /// <summary>The two order statistics (0-based ranks) around each quantile of <paramref name="count"/> values, in pairs.</summary>
    public static int[] Ranks(int count, ReadOnlySpan<double> qs)
    {
        var ranks = new int[2 * qs.Length];
        for (int i = 0; i < qs.Length; i++)
        {
            (ranks[2 * i], ranks[(2 * i) + 1], _) = Position(count, qs[i]);
        }

        return ranks;
    }

    private static double[] Interpolated(int count, double[] at, ReadOnlySpan<double> qs)
    {
        var result = new double[qs.Length];
        for (int i = 0; i < qs.Length; i++)
        {
            result[i] = Interpolate(at[2 * i], at[(2 * i) + 1], Position(count, qs[i]).Fraction);
        }

        return result;
    }

    /// <summary>The median of <paramref name="values"/> (not modified).</summary>
    public static double Median(IEnumerable<double> values) => OfSorted([.. values.Order()], 0.5);

    private static Bracket Position(int count, double q)
    {
        double pos = q * (count - 1);
        int lo = (int)Math.Floor(pos);
        return new(lo, Math.Min(lo + 1, count - 1), pos - lo);
    }

    private static double Interpolate(double low, double high, double fraction) => low + (fraction * (high - low));

    /// <summary>The two order statistics a quantile lies between, and how far along from the lower.</summary>
    private readonly record struct Bracket(int Lo, int Hi, double Fraction);
}
