using System.Runtime.Intrinsics;
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
    /// (NaN values are never kept).
    /// </summary>
    public static ClippedValues Clip(ReadOnlySpan<double> values) =>
        Iterate(new ValueSet(values));

    /// <summary>
    /// <see cref="Clip(ReadOnlySpan{double})"/> over exact counts of integer values: the same iteration, the same
    /// kept range, the same mean to the last bit (the sum of the kept values is an exact integer either way); the sum
    /// of squared deviations is summed per value instead of per pixel, which changes only its last bits.
    /// </summary>
    public static ClippedValues Clip(IntegerValueCounts counts) =>
        Iterate(new CountSet(counts));

    /// <summary>The one clipping rule, whatever holds the values: mean and spread of those inside [lo, hi], then the
    /// range narrowed to mean +- 5 sigma, until the kept count stops changing (at most 5 times).</summary>
    private static ClippedValues Iterate<TSet>(TSet set)
        where TSet : IClipSet, allows ref struct
    {
        double lo = double.NegativeInfinity, hi = double.PositiveInfinity;
        double keptLo = lo, keptHi = hi;
        double mean = double.NaN, std = double.NaN;
        long kept = -1;
        for (int iteration = 0; iteration < 5; iteration++)
        {
            // The first range is every value, whose mean is not yet known: two passes, mean then deviations. A later
            // range differs from the last by a few clipped values, so the last mean is a shift close to the new one and
            // one pass gives both (the set's memory is read once per iteration, not twice).
            (long n, double keptMean, double squaredDeviations) = set.KeptMoments(lo, hi, iteration == 0 ? null : mean);
            if (n < 2)
            {
                break;
            }

            mean = keptMean;
            std = Math.Sqrt(squaredDeviations / (n - 1));
            (keptLo, keptHi) = (lo, hi);
            if (n == kept)
            {
                break;
            }

            kept = n;
            lo = mean - (ClipSigmas * std);
            hi = mean + (ClipSigmas * std);
        }

        return new(mean, std, keptLo, keptHi);
    }

    /// <summary>The values being clipped: how many lie in a range with their mean, and their squared deviations.</summary>
    private interface IClipSet
    {
        /// <summary>Count, mean and squared deviations from the mean (NaN below 2) of the values in [lo, hi]. Given a
        /// <paramref name="shift"/> near the mean (the last iteration's), a set that can sum the deviations from it in
        /// the same pass as the mean does so (one read of the values); without, mean first, then the deviations.</summary>
        KeptMoments KeptMoments(double lo, double hi, double? shift);
    }

    /// <summary>
    /// Values in a span, summed four lanes at a time (Vector256, whatever the machine's vector width, so the sums
    /// round alike everywhere): a frame's sums are otherwise one chain of dependent adds, the hot-pixel stage's
    /// largest cost. Lane-wise sums round differently from one running sum (last bits of the mean and spread); a
    /// value outside the range, or NaN, is masked to zero and not counted, as the scalar rule skipped it.
    /// </summary>
    private readonly ref struct ValueSet(ReadOnlySpan<double> values) : IClipSet
    {
        private readonly ReadOnlySpan<double> _values = values;

        public KeptMoments KeptMoments(double lo, double hi, double? shift)
        {
            if (shift is { } c)
            {
                // One read: squares about the last mean, less n (mean - shift)^2 for the deviations from the new mean.
                (long n, double sum, double squares) = KeptSums(lo, hi, c);
                double mean = sum / n;
                double offset = mean - c;
                return new(n, mean, n < 2 ? double.NaN : Math.Max(0, squares - (n * offset * offset)));
            }

            // No shift yet: the mean first, then the squares about it (the same loop read twice).
            (long count, double total, _) = KeptSums(lo, hi, 0);
            double kept = total / count;
            return new(count, kept, count < 2 ? double.NaN : KeptSums(lo, hi, kept).Squares);
        }

        /// <summary>
        /// Count, sum and sum of squared deviations from <paramref name="shift"/> of the values in [lo, hi], four lanes at
        /// a time. A value outside the range (or NaN) is masked to zero after squaring, so an infinite one adds nothing.
        /// </summary>
        private KeptSums KeptSums(double lo, double hi, double shift)
        {
            ReadOnlySpan<double> values = _values;
            Vector256<double> vLo = Vector256.Create(lo), vHi = Vector256.Create(hi), vShift = Vector256.Create(shift);
            Vector256<double> sums = Vector256<double>.Zero, squares = Vector256<double>.Zero;
            Vector256<long> counts = Vector256<long>.Zero;
            int i = 0;
            for (; i <= values.Length - Vector256<double>.Count; i += Vector256<double>.Count)
            {
                Vector256<double> v = Vector256.Create(values.Slice(i, Vector256<double>.Count));
                Vector256<double> inRange = Vector256.GreaterThanOrEqual(v, vLo) & Vector256.LessThanOrEqual(v, vHi);
                Vector256<double> d = v - vShift;
                sums += v & inRange;
                squares += (d * d) & inRange;
                counts -= inRange.AsInt64();
            }

            double sum = (sums[0] + sums[1]) + (sums[2] + sums[3]);
            double sumSq = (squares[0] + squares[1]) + (squares[2] + squares[3]);
            long n = Vector256.Sum(counts);
            for (; i < values.Length; i++)
            {
                double v = values[i];
                if (v >= lo && v <= hi)
                {
                    sum += v;
                    sumSq += (v - shift) * (v - shift);
                    n++;
                }
            }

            return new(n, sum, sumSq);
        }
    }

    /// <summary>Counts per integer value, only the span from the lowest to the highest value present visited.</summary>
    private readonly struct CountSet : IClipSet
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
        public KeptMoments KeptMoments(double lo, double hi, double? shift)
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

    /// <summary>How many values lie in a range, their mean, and their squared deviations from it (NaN below 2).</summary>
    private readonly record struct KeptMoments(long N, double Mean, double SquaredDeviations);

    /// <summary>How many values lie in a range, their sum and their sum of squares about a shift.</summary>
    private readonly record struct KeptSums(long N, double Sum, double Squares);

    /// <summary>How many values lie in a range, and their mean.</summary>
    private readonly record struct KeptMean(long N, double Mean);
}
