namespace CamTest.Core.Statistics;

/// <summary>Quantiles of a sample, linearly interpolated between order statistics (the median of an even count is the mean of the middle two).</summary>
public static class Quantiles
{
    /// <summary>The <paramref name="q"/> quantile (0..1) of values already sorted ascending.</summary>
    public static double OfSorted(IReadOnlyList<double> sorted, double q)
    {
        double pos = q * (sorted.Count - 1);
        int lo = (int)Math.Floor(pos);
        int hi = Math.Min(lo + 1, sorted.Count - 1);
        return sorted[lo] + ((pos - lo) * (sorted[hi] - sorted[lo]));
    }

    /// <summary>The median of <paramref name="values"/> (not modified).</summary>
    public static double Median(IEnumerable<double> values) => OfSorted([.. values.Order()], 0.5);
}
