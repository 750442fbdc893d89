namespace CamTest.Core.Statistics;

/// <summary>
/// Standard error of a temporal variance averaged over frame pairs, each pair's estimate being about sum(d^2)/(2N) over
/// the N pixel differences d = A - B it used. With at least <see cref="PairsForSpread"/> pairs it is the spread over
/// pairs. With fewer it comes from the differences themselves, each pair's sampling variance given by the caller
/// (<see cref="OfGaussianPixels"/> for whole frames); without those, from the equal-pixel (Gaussian) form.
/// </summary>
public static class PairVarianceError
{
    /// <summary>Pairs needed before their spread gives the temporal variance's standard error.</summary>
    public const int PairsForSpread = 3;

    /// <param name="variances">Each pair's variance estimate.</param>
    /// <param name="samplingVariances">Each pair's estimated variance of its own estimate, or null when not kept, which
    /// leaves the equal-pixel form sqrt(2/(N - 1)) var with <paramref name="pixels"/> as N.</param>
    /// <param name="pixels">Pixels per pair, for the equal-pixel form.</param>
    public static double StandardError(IReadOnlyList<double> variances, IReadOnlyList<double>? samplingVariances, long pixels)
    {
        if (variances.Count >= PairsForSpread)
        {
            return SampleSpread.StandardErrorOfMean(variances);
        }

        if (samplingVariances is { Count: > 0 } && samplingVariances.All(double.IsFinite))
        {
            // Independent pairs: the variance of their average is the sum of their variances over count^2.
            return Math.Sqrt(samplingVariances.Sum()) / variances.Count;
        }

        return variances.Average() * Math.Sqrt(2.0 / Math.Max(pixels - 1, 1)) / Math.Sqrt(variances.Count);
    }

    /// <summary>
    /// Sampling variance of one pair's sum(d^2)/(2N) over whole frames of Gaussian pixels, each with its own noise: it
    /// is 2 mean(sigma_i^4)/N, and E[d^4] = 12 sigma^4, so sum(d^4)/(6 N^2) estimates it. That equals 2 var^2/N when all
    /// pixels are alike, and grows as it should when a long tail of noisy pixels (sCMOS) carries much of the variance.
    /// NaN for fewer than 2 pixels.
    /// </summary>
    public static double OfGaussianPixels(double sumOfFourthPowers, long pixels) =>
        pixels > 1 ? sumOfFourthPowers / (6.0 * pixels * pixels) : double.NaN;
}
