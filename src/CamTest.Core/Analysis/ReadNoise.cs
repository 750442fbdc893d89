using CamTest.Core.Results;
using CamTest.Core.Statistics;
using CamTest.Core.Session;
using CamTest.IO;

namespace CamTest.Core.Analysis;

/// <summary>
/// The protocol's read noise: std(A - B) / sqrt 2 of bias pairs (in ADU here; times the gain in electrons, <see cref="ReadNoiseResult.InElectrons"/>), averaged over every pair of the
/// bias stack as an rms (variances averaged, then the root taken). With enough frames, also the median over pixels
/// of each pixel's own temporal noise: the typical sCMOS pixel, which the rms (pulled up by noisy pixels) is not.
/// Rounding to whole ADU adds 1/12 ADU^2 of variance that is not the sensor's; it is removed (EMVA 1288:
/// sigma_d = sqrt(sigma_y.dark^2 - 1/12) / K), and the measured value is kept beside it.
/// </summary>
public static class ReadNoise
{
    /// <summary>Frames needed before a per-pixel noise is worth a median (each pixel's estimate has ~1/sqrt(2(n-1)) error).</summary>
    public const int MinFramesForMedian = 10;

    /// <summary>Variance of uniform rounding to whole codes, ADU^2.</summary>
    public const double QuantisationVariance = 1.0 / 12;

    /// <summary>EMVA 1288's floor: below 0.24 ADU^2 measured, the dark noise is not resolved by the ADC.</summary>
    public const double ResolvableVariance = 0.24;

    public static ReadNoiseResult Analyze(StackSummary bias)
    {
        return FromPairVariance(bias.TemporalVariance(), bias.Info.PixelType.IsInteger(), bias.Pairs.Count, bias);
    }

    /// <summary>
    /// The read noise from a temporal variance measured on pairs (ADU^2, with its standard error): of bias pairs, or
    /// of the shortest dark pair when there is no bias pair (then it is the temporal dark noise at that exposure).
    /// </summary>
    /// <param name="perPixel">The stack whose per-pixel variance map gives the median; null when there is none.</param>
    public static ReadNoiseResult FromPairVariance(Quantity pairVariance, bool integer, int pairs, StackSummary? perPixel)
    {
        // Float data were never rounded to codes: no quantisation to remove, no floor.
        double q = integer ? QuantisationVariance : 0;
        bool limited = integer && pairVariance.Value < ResolvableVariance;
        // A quantisation-limited figure is the ADC's resolution, an upper bound: it has no standard error.
        Quantity rms = limited
            ? Quantity.WithUnknownError(Math.Sqrt(ResolvableVariance - q), Unit.Adu)
            : (pairVariance - Quantity.Exact(q, Unit.Adu2)).Sqrt();
        Quantity? medianAdu = perPixel?.PerPixel is { FrameCount: >= MinFramesForMedian } maps && !limited
            ? MedianNoise(maps.Variance, q, maps.FrameCount)
            : null;
        return new ReadNoiseResult(rms, pairVariance.Sqrt(), medianAdu, pairs, limited);
    }

    /// <summary>
    /// Read noise from a calibration map of per-pixel sigma (ADU), as given with a bias in map form: the rms is the
    /// root of the mean variance, the median the median sigma. The map is taken as measured (its maker's quantisation
    /// handling is unknown, and does not matter at the noise such maps are made for). Nothing says how many frames made
    /// it, so each pixel's own sigma is taken as exact; the standard errors are those of the pixels as a sample of the
    /// sensor's: the spread of sigma^2 over pixels for the rms, the median's large-sample error for the median.
    /// </summary>
    public static ReadNoiseResult FromMap(double[] sigmaAdu)
    {
        double[] variances = [.. sigmaAdu.Select(s => s * s)];
        Quantity rms = new Quantity(variances.Average(), Unit.Adu2, SampleSpread.StandardErrorOfMean(variances)).Sqrt();
        Quantity median = MedianWithError([.. sigmaAdu]);
        return new ReadNoiseResult(rms, rms, median, 0, false);
    }

    /// <summary>
    /// Median of per-pixel noise, with the large-sample standard error of a median, 1.2533 sigma / sqrt(n), where sigma
    /// is estimated robustly from the interquartile range (the distribution of sCMOS pixel noise has a long tail).
    /// Each pixel's sample sd from n frames has a median below its true sd (the chi-square distribution is skewed:
    /// 3.7 % low at n = 10), so the median is divided by that factor, median of sqrt(chi^2(k)/k) with k = n - 1, from
    /// the Wilson-Hilferty approximation median chi^2(k) = k (1 - 2/(9k))^3.
    /// </summary>
    internal static Quantity MedianNoise(double[] varianceMap, double quantisation, int frames)
    {
        // A pixel's noise, sqrt(max(variance - quantisation, 0)), never falls as its variance grows, so the noise's
        // order statistics are the variances' taken through it: the variances are ranked where they lie, with no frame
        // of noise values beside them (fresh frame-sized memory is dear), and the quantiles come out the same.
        ReadOnlySpan<double> qs = [0.25, 0.5, 0.75];
        int n = varianceMap.Length;
        double[] atRanks = n == 0 ? [] : OrderStatistics.Select(varianceMap, Quantiles.Ranks(n, qs));
        for (int i = 0; i < atRanks.Length; i++)
        {
            atRanks[i] = Math.Sqrt(Math.Max(atRanks[i] - quantisation, 0));
        }

        int k = frames - 1;
        double medianFactor = Math.Pow(1 - (2.0 / (9 * k)), 1.5);
        Quantity median = MedianWithError(n, Quantiles.FromRanks(n, atRanks, qs));
        return median with { Value = median.Value / medianFactor };
    }

    /// <summary>
    /// The median of per-pixel noise (ADU; the array is reordered) with the large-sample standard error of a median,
    /// 1.2533 sigma / sqrt(n), sigma estimated robustly from the interquartile range (pixel noise has a long tail on sCMOS).
    /// </summary>
    private static Quantity MedianWithError(ReadOnlySpan<double> noise) =>
        MedianWithError(noise.Length, Quantiles.Of(noise, 0.25, 0.5, 0.75));

    /// <summary>The same from the quartiles (<paramref name="q"/>: 0.25, 0.5, 0.75) of <paramref name="n"/> values.</summary>
    private static Quantity MedianWithError(int n, double[] q)
    {
        double sigma = (q[2] - q[0]) / 1.349;
        return new Quantity(q[1], Unit.Adu, 1.2533 * sigma / Math.Sqrt(n));
    }
}
