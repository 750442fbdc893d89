namespace CamTest.Core.Statistics;

/// <summary>The spread of a handful of estimates (frame means, pair variances, tile values): sample sd and the standard error of their mean.</summary>
public static class SampleSpread
{
    /// <summary>Sample standard deviation (n - 1); NaN for fewer than two values, never a false zero.</summary>
    public static double StandardDeviation(IReadOnlyCollection<double> values)
    {
        if (values.Count < 2)
        {
            return double.NaN;
        }

        double mean = values.Average();
        return Math.Sqrt(values.Sum(v => (v - mean) * (v - mean)) / (values.Count - 1));
    }

    /// <summary>Standard error of the mean of independent values, sd / sqrt(n); NaN for fewer than two.</summary>
    public static double StandardErrorOfMean(IReadOnlyCollection<double> values) =>
        StandardDeviation(values) / Math.Sqrt(values.Count);
}
