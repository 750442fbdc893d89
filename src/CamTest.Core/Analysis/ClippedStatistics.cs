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
    public static (double Mean, double Std) MeanAndStd(ReadOnlySpan<double> values)
    {
        (double mean, double std, _, _) = Clip(values);
        return (mean, std);
    }

    /// <summary>
    /// <see cref="MeanAndStd"/> and the range [Low, High] of the values it kept, for further moments of the same set
    /// (NaN values are never kept).
    /// </summary>
    public static (double Mean, double Std, double Low, double High) Clip(ReadOnlySpan<double> values)
    {
        double lo = double.NegativeInfinity, hi = double.PositiveInfinity;
        double keptLo = lo, keptHi = hi;
        double mean = double.NaN, std = double.NaN;
        long kept = -1;
        for (int iteration = 0; iteration < 5; iteration++)
        {
            double sum = 0, sumSq = 0;
            long n = 0;
            foreach (double v in values)
            {
                if (v >= lo && v <= hi)
                {
                    sum += v;
                    n++;
                }
            }

            if (n < 2)
            {
                break;
            }

            mean = sum / n;
            foreach (double v in values)
            {
                if (v >= lo && v <= hi)
                {
                    sumSq += (v - mean) * (v - mean);
                }
            }

            std = Math.Sqrt(sumSq / (n - 1));
            (keptLo, keptHi) = (lo, hi);
            if (n == kept)
            {
                break;
            }

            kept = n;
            lo = mean - (ClipSigmas * std);
            hi = mean + (ClipSigmas * std);
        }

        return (mean, std, keptLo, keptHi);
    }

    /// <summary>
    /// <see cref="Clip(ReadOnlySpan{double})"/> over exact counts of integer values: the same iteration, the same
    /// kept range, the same mean to the last bit (the sum of the kept values is an exact integer either way); the sum
    /// of squared deviations is summed per value instead of per pixel, which changes only its last bits.
    /// </summary>
    public static (double Mean, double Std, double Low, double High) Clip(IntegerValueCounts counts)
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

        double lo = double.NegativeInfinity, hi = double.PositiveInfinity;
        double keptLo = lo, keptHi = hi;
        double mean = double.NaN, std = double.NaN;
        long kept = -1;
        for (int iteration = 0; iteration < 5; iteration++)
        {
            Int128 sum = 0;
            long n = 0;
            for (int k = first; k <= last; k++)
            {
                long v = counts.Lowest + k;
                if (v >= lo && v <= hi)
                {
                    sum += (Int128)bins[k] * v;
                    n += bins[k];
                }
            }

            if (n < 2)
            {
                break;
            }

            mean = (double)sum / n;
            double sumSq = 0;
            for (int k = first; k <= last; k++)
            {
                long v = counts.Lowest + k;
                if (bins[k] != 0 && v >= lo && v <= hi)
                {
                    sumSq += bins[k] * ((v - mean) * (v - mean));
                }
            }

            std = Math.Sqrt(sumSq / (n - 1));
            (keptLo, keptHi) = (lo, hi);
            if (n == kept)
            {
                break;
            }

            kept = n;
            lo = mean - (ClipSigmas * std);
            hi = mean + (ClipSigmas * std);
        }

        return (mean, std, keptLo, keptHi);
    }
}
