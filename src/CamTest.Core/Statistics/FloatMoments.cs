namespace CamTest.Core.Statistics;

/// <summary>
/// Moments of floating-point pixel values as count, mean and sum of squared deviations (M2), merged with Chan's
/// parallel formula: unlike a raw sum of squares, M2 does not cancel catastrophically when the mean is large
/// against the spread.
/// </summary>
public sealed record FloatMoments(long Count, double Mean, double SumOfSquaredDeviations, double Min, double Max)
    : IMoments
{
    /// <summary>The moments of no values: the identity of <see cref="Combine"/>.</summary>
    public static FloatMoments Empty { get; } = new(0, double.NaN, 0, double.NaN, double.NaN);

    public double PopulationVariance => Count == 0 ? double.NaN : SumOfSquaredDeviations / Count;

    public double SampleVariance => Count < 2 ? double.NaN : SumOfSquaredDeviations / (Count - 1);

    /// <summary>The moments of the union of two disjoint sets of values (Chan, Golub and LeVeque 1979).</summary>
    public FloatMoments Combine(FloatMoments other)
    {
        if (other.Count == 0)
        {
            return this;
        }

        if (Count == 0)
        {
            return other;
        }

        long n = Count + other.Count;
        double delta = other.Mean - Mean;
        double mean = Mean + (delta * other.Count / n);
        double m2 = SumOfSquaredDeviations + other.SumOfSquaredDeviations
                    + (delta * delta * ((double)Count * other.Count / n));
        return new FloatMoments(n, mean, m2, Math.Min(Min, other.Min), Math.Max(Max, other.Max));
    }
}
