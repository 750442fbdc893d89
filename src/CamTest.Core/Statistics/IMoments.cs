namespace CamTest.Core.Statistics;

/// <summary>
/// Count, extremes, mean and variance of a set of pixel values (a frame, a band, or frames merged), in the data's
/// own unit (ADU or DN). Integer data keeps exact sums (<see cref="IntegerMoments"/>); float data keeps a mean and
/// a sum of squared deviations (<see cref="FloatMoments"/>).
/// </summary>
public interface IMoments
{
    long Count { get; }

    double Min { get; }

    double Max { get; }

    /// <summary>Arithmetic mean; NaN when <see cref="Count"/> is zero.</summary>
    double Mean { get; }

    /// <summary>Sum of squared deviations from the mean (the "M2" of Welford/Chan).</summary>
    double SumOfSquaredDeviations { get; }

    /// <summary>Variance dividing by N; NaN when empty.</summary>
    double PopulationVariance => Count == 0 ? double.NaN : SumOfSquaredDeviations / Count;

    /// <summary>Unbiased variance dividing by N - 1; NaN for fewer than two values.</summary>
    double SampleVariance => Count < 2 ? double.NaN : SumOfSquaredDeviations / (Count - 1);
}
