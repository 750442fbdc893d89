namespace CamTest.Core.Statistics;

/// <summary>
/// Standard error of a temporal variance averaged over frame pairs, each pair's estimate being about sum(d^2)/(2N) over
/// the N pixel differences d = A - B it used. It comes from the differences themselves: each pair's sampling variance,
/// given by the caller (<see cref="OfGaussianPixels"/> for whole frames), whatever the number of pairs. The spread of
/// the pairs' estimates is used only when the caller kept no sampling variances, and only from
/// <see cref="PairsForSpread"/> pairs on; with fewer, the equal-pixel (Gaussian) form.
/// <para>
/// Why not the spread whenever there are several pairs: it is itself an estimate with (pairs - 1) degrees of freedom,
/// and a fit weighted by 1/error^2 feels its scatter. With 5 pairs (10-frame levels) E[1/s^2] is twice 1/sigma^2, so
/// a straight photon transfer curve showed chi2/dof 1.7 on average (up to 4.4), enough to call it bent; the
/// differences' own fourth moments are known to a fraction of a percent from a whole frame of pixels.
/// </para>
/// </summary>
public static class PairVarianceError
{
    /// <summary>Pairs needed before their spread can give the error when no sampling variances were kept.</summary>
    public const int PairsForSpread = 3;

    /// <param name="variances">Each pair's variance estimate.</param>
    /// <param name="samplingVariances">Each pair's estimated variance of its own estimate, or null when not kept, which
    /// leaves the spread over pairs (at least <see cref="PairsForSpread"/>) or the equal-pixel form sqrt(2/(N - 1)) var
    /// with <paramref name="pixels"/> as N.</param>
    /// <param name="pixels">Pixels per pair, for the equal-pixel form.</param>
    public static double StandardError(IReadOnlyList<double> variances, IReadOnlyList<double>? samplingVariances, long pixels)
    {
        if (samplingVariances is { Count: > 0 } && samplingVariances.Count == variances.Count && samplingVariances.All(double.IsFinite))
        {
            // Independent pairs (0-1, 2-3, ...: no frame shared): the variance of their average is the sum of their
            // variances over count^2.
            return Math.Sqrt(samplingVariances.Sum()) / variances.Count;
        }

        if (variances.Count >= PairsForSpread)
        {
            return SampleSpread.StandardErrorOfMean(variances);
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
