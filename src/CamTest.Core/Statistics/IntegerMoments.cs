namespace CamTest.Core.Statistics;

/// <summary>
/// Exact moments of integer pixel values: the sum and the sum of squares are kept as 128-bit integers, so no
/// rounding happens until <see cref="Mean"/> or a variance is asked for, and merging frames or bands in any order
/// gives identical results (EMVA 1288 reduces stacks the same way).
/// </summary>
/// <remarks>
/// Bounds: every supported pixel has |x| &lt; 2^32 and x^2 &lt; 2^64, so <see cref="Sum"/> (|sum| &lt; Count * 2^32)
/// and <see cref="SumOfSquares"/> (&lt; Count * 2^64) cannot overflow for any Count below 2^63 (Int128) and 2^64
/// (UInt128) values — far beyond any stack.
/// </remarks>
/// <param name="Min">Smallest value (long.MaxValue when empty; the <see cref="IMoments"/> view gives NaN).</param>
/// <param name="Max">Largest value (long.MinValue when empty; the <see cref="IMoments"/> view gives NaN).</param>
public sealed record IntegerMoments(long Count, Int128 Sum, UInt128 SumOfSquares, long Min, long Max) : IMoments
{
    /// <summary>The moments of no values: the identity of <see cref="Combine"/>.</summary>
    public static IntegerMoments Empty { get; } = new(0, 0, 0, long.MaxValue, long.MinValue);

    double IMoments.Min => Count == 0 ? double.NaN : Min;

    double IMoments.Max => Count == 0 ? double.NaN : Max;

    public double Mean => Count == 0 ? double.NaN : (double)Sum / Count;

    /// <summary>
    /// M2 = SumOfSquares - Sum^2/Count, evaluated exactly in integers except for a final fraction below Count, so
    /// the variance keeps full double precision even when the mean is large against the spread.
    /// </summary>
    public double SumOfSquaredDeviations => ExactVariance.SumOfSquaredDeviations(Count, Sum, SumOfSquares);

    public double PopulationVariance => Count == 0 ? double.NaN : SumOfSquaredDeviations / Count;

    public double SampleVariance => Count < 2 ? double.NaN : SumOfSquaredDeviations / (Count - 1);

    /// <summary>The moments of the union of two disjoint sets of values (exact, order-independent).</summary>
    public IntegerMoments Combine(IntegerMoments other) => new(
        Count + other.Count,
        Sum + other.Sum,
        SumOfSquares + other.SumOfSquares,
        Math.Min(Min, other.Min),
        Math.Max(Max, other.Max));
}
