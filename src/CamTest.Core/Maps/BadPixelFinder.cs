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

    /// <summary>Each pixel's reasons, and the offset and variance limits used (each found once: a median is a sort).</summary>
    public static (BadPixelReason[] Reasons, (double Low, double High) OffsetLimits, (double Low, double High) VarianceLimits) Find(
        double[] offset, double[] variance, double[]? gain)
    {
        (double offsetLow, double offsetHigh) = Limits(offset);
        (double varianceLow, double varianceHigh) = Limits(variance);
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

        return (reasons, (offsetLow, offsetHigh), (varianceLow, varianceHigh));
    }

    /// <summary>median -/+ <see cref="Sigmas"/> robust sigmas of the finite values (an empty range when there are none).</summary>
    public static (double Low, double High) Limits(double[] map)
    {
        double[] finite = [.. map.Where(double.IsFinite)];
        if (finite.Length == 0)
        {
            return (double.PositiveInfinity, double.NegativeInfinity);
        }

        double median = MedianInPlace(finite);
        for (int i = 0; i < finite.Length; i++)
        {
            finite[i] = Math.Abs(finite[i] - median);
        }

        double sigma = MadToSigma * MedianInPlace(finite);
        return (median - (Sigmas * sigma), median + (Sigmas * sigma));
    }

    private static double MedianInPlace(double[] values)
    {
        Array.Sort(values);
        int n = values.Length;
        return n % 2 == 1 ? values[n / 2] : (values[(n / 2) - 1] + values[n / 2]) / 2;
    }
}
