using CamTest.Core.Statistics;

namespace CamTest.Core.Analysis;

/// <summary>
/// Mean and standard deviation with outliers clipped: a few very bright pixels (hot, cosmic rays) would otherwise
/// dominate the spread of a dark frame. Clipping is iterated until the kept set stops changing (at most 5 times).
/// </summary>
public static class ClippedStatistics
{
    public const double ClipSigmas = 5;

    /// <returns>NaN for both when fewer than 2 values remain: no figure rather than a false zero.</returns>
    public static MeanAndSpread MeanAndStd(ReadOnlySpan<double> values)
    {
        (double mean, double std, _, _) = Clip(values);
        return new(mean, std);
    }

    /// <summary>
    /// <see cref="MeanAndStd"/> and the range [Low, High] of the values it kept, for further moments of the same set
    /// (NaN values are never kept). Each step reads the values once (<see cref="ClipLanes"/>), the first twice.
    /// </summary>
    public static ClippedValues Clip(ReadOnlySpan<double> values) =>
        StreamedClip.Of(values);

    /// <summary>
    /// <see cref="Clip(ReadOnlySpan{double})"/> over exact counts of integer values: the same iteration, the same
    /// kept range, the same mean to the last bit (the sum of the kept values is an exact integer either way); the sum
    /// of squared deviations is summed per value instead of per pixel, which changes only its last bits.
    /// </summary>
    public static ClippedValues Clip(IntegerValueCounts counts)
    {
        var set = new CountSet(counts);
        var rule = new ClipIteration();
        while (!rule.Done)
        {
            rule.Take(set.KeptMoments(rule.Lo, rule.Hi));
        }

        return rule.Result;
    }

    /// <summary>Counts per integer value, only the span from the lowest to the highest value present visited.</summary>
    private readonly struct CountSet
    {
        private readonly IntegerValueCounts _counts;
        private readonly int _first, _last;

        public CountSet(IntegerValueCounts counts)
        {
            ReadOnlySpan<long> bins = counts.Counts;
            int first = 0, last = bins.Length - 1;
            while (first <= last && bins[first] == 0)
            {
                first++;
            }

            while (last >= first && bins[last] == 0)
            {
                last--;
            }

            (_counts, _first, _last) = (counts, first, last);
        }

        /// <summary>Always two passes over the bins (cheap): the mean exact, the deviations from it.</summary>
        public KeptMoments KeptMoments(double lo, double hi)
        {
            (long n, double mean) = KeptMean(lo, hi);
            return new(n, mean, n < 2 ? double.NaN : KeptSquaredDeviations(lo, hi, mean));
        }

        public KeptMean KeptMean(double lo, double hi)
        {
            ReadOnlySpan<long> bins = _counts.Counts;
            Int128 sum = 0;
            long n = 0;
            for (int k = _first; k <= _last; k++)
            {
                long v = _counts.Lowest + k;
                if (v >= lo && v <= hi)
                {
                    sum += (Int128)bins[k] * v;
                    n += bins[k];
                }
            }

            return new(n, (double)sum / n);
        }

        public double KeptSquaredDeviations(double lo, double hi, double mean)
        {
            ReadOnlySpan<long> bins = _counts.Counts;
            double sumSq = 0;
            for (int k = _first; k <= _last; k++)
            {
                long v = _counts.Lowest + k;
                if (bins[k] != 0 && v >= lo && v <= hi)
                {
                    sumSq += bins[k] * ((v - mean) * (v - mean));
                }
            }

            return sumSq;
        }
    }

    /// <summary>How many values lie in a range, and their mean.</summary>
    private readonly record struct KeptMean(long N, double Mean);
}
