using System.Runtime.CompilerServices;
using CamTest.Core.Statistics;

namespace CamTest.Core.Maps;

/// <summary>
/// Flags bad pixels from the maps by robust thresholds: a value further than <see cref="Sigmas"/> robust standard
/// deviations (1.4826 x the median absolute deviation) from the median of its map. Median and MAD ignore the very
/// outliers they are meant to find, so a few hot pixels cannot raise the threshold that should catch them.
/// </summary>
public static class BadPixelFinder
{
    /// <summary>
    /// Robust sigmas beyond which offset or variance is outlying: a Gaussian puts 5.7e-7 of its values beyond 5 sigma,
    /// about 2 pixels of a 2048 x 2048 sensor, so a flagged pixel is almost surely a real outlier.
    /// </summary>
    public const double Sigmas = 5;

    /// <summary>The MAD of a Gaussian times this is its standard deviation.</summary>
    public const double MadToSigma = 1.4826;

    /// <summary>Each pixel's reasons, and the offset and variance limits used (each found once, by selection).</summary>
    public static BadPixelSearch Find(
        double[] offset, double[] variance, double[]? gain)
        => Find(RankedMap.Of(offset), RankedMap.Of(variance), gain);

    /// <summary>As <see cref="Find(double[], double[], double[])"/>, for maps already ranked (their medians selected).</summary>
    public static BadPixelSearch Find(
        RankedMap rankedOffset, RankedMap rankedVariance, double[]? gain)
    {
        // The two maps' limits are independent: one core each.
        Task<BadPixelLimits> offsetLimitsTask = Task.Run(() => Limits(rankedOffset));
        BadPixelLimits varianceLimits = Limits(rankedVariance);
        BadPixelLimits offsetLimits = offsetLimitsTask.GetAwaiter().GetResult();
        return new BadPixelSearch(Reasons(rankedOffset.Map, rankedVariance.Map, gain, offsetLimits, varianceLimits), offsetLimits, varianceLimits);
    }

    /// <summary>Each pixel's reasons, from the limits (a pass over every pixel, so compiled optimised at once).</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static BadPixelReason[] Reasons(double[] offset, double[] variance, double[]? gain, BadPixelLimits offsetLimits, BadPixelLimits varianceLimits)
    {
        (double offsetLow, double offsetHigh) = offsetLimits;
        (double varianceLow, double varianceHigh) = varianceLimits;
        var reasons = new BadPixelReason[offset.Length];
        for (int i = 0; i < reasons.Length; i++)
        {
            BadPixelReason r = BadPixelReason.None;
            double g = gain?[i] ?? 1;
            if (!double.IsFinite(offset[i]) || !double.IsFinite(variance[i]) || !double.IsFinite(g))
            {
                r |= BadPixelReason.NonFinite;
            }

            if (g <= 0)
            {
                r |= BadPixelReason.NonPositiveGain;
            }

            if (offset[i] < offsetLow || offset[i] > offsetHigh)
            {
                r |= BadPixelReason.Offset;
            }

            if (variance[i] < varianceLow || variance[i] > varianceHigh)
            {
                r |= BadPixelReason.Variance;
            }

            reasons[i] = r;
        }

        return reasons;
    }

    /// <summary>
    /// median -/+ <see cref="Sigmas"/> robust sigmas of the finite values (an empty range when there are none). The
    /// robust sigma is 1.4826 x the MAD; when more than half the pixels share the median's value exactly (a heavily
    /// quantised map: a variance map of a camera quieter than its ADC step, offsets of a synthetic sensor), the MAD is 0
    /// and would make every pixel off that value "outlying". The spread is then taken from the pixels that do differ:
    /// 1.4826 x the median of the non-zero absolute deviations. A pixel a code or two off a map of mostly one value
    /// stays good; one far off that step is flagged. A map of one value everywhere flags none.
    /// </summary>
    public static BadPixelLimits Limits(double[] map) => Limits(RankedMap.Of(map));

    /// <summary>As <see cref="Limits(double[])"/>, for a map whose median is already selected.</summary>
    public static BadPixelLimits Limits(RankedMap ranked)
    {
        double[] map = ranked.Map;
        FiniteValues range = ranked.Range;
        if (range.Count == 0)
        {
            return new(double.PositiveInfinity, double.NegativeInfinity);
        }

        double[] middle = ranked.At(MedianRanks(range.Count));
        double median = middle.Length == 1 ? middle[0] : (middle[0] + middle[1]) / 2;
        double mad = Median(map, range, median);
        if (mad == 0)
        {
            double[] differing = [.. map.Where(double.IsFinite).Select(v => Math.Abs(v - median)).Where(d => d > 0)];
            if (differing.Length > 0)
            {
                mad = Median(differing, OrderStatistics.FiniteRange(differing), null);
            }
        }

        double sigma = MadToSigma * mad;
        return new(median - (Sigmas * sigma), median + (Sigmas * sigma));
    }

    /// <summary>The rank of the median of <paramref name="finite"/> values, or the two middle ranks for an even count.</summary>
    public static int[] MedianRanks(int finite) => finite % 2 == 1 ? [finite / 2] : [(finite / 2) - 1, finite / 2];

    /// <summary>
    /// The median (mean of the middle two for an even count) of the finite values (<paramref name="range"/>), or with a
    /// <paramref name="center"/> of their absolute deviations from it (each Math.Abs(v - center)), by selection.
    /// </summary>
    private static double Median(double[] values, FiniteValues range, double? center)
    {
        int[] ranks = MedianRanks(range.Count);
        double[] middle = center is { } c ? OrderStatistics.SelectFiniteDeviations(values, c, ranks, range) : OrderStatistics.SelectFinite(values, ranks, range);
        return middle.Length == 1 ? middle[0] : (middle[0] + middle[1]) / 2;
    }
}
