using CamTest.Core.Results;
using CamTest.Core.Statistics;
using CamTest.IO;

namespace CamTest.Core.Session;

/// <summary>
/// What one streamed pass over a stack leaves behind: every frame's moments, the temporal statistics of
/// consecutive frame pairs (0-1, 2-3, ...), clipping at the top code, and optionally per-pixel maps.
/// </summary>
public sealed record StackSummary(
    StackInfo Info,
    IReadOnlyList<IMoments> FrameMoments,
    IReadOnlyList<PairDifference> Pairs,
    double TopCode,
    double TopCodeFraction,
    PixelAccumulator? PerPixel)
{
    /// <summary>Pairs needed before their spread gives the temporal variance's standard error.</summary>
    public const int PairsForSpread = 3;

    /// <summary>Sum of (A - B)^4 of each pair, kept when there are fewer than <see cref="PairsForSpread"/> pairs.</summary>
    public IReadOnlyList<double>? PairFourthPowerSums { get; init; }

    /// <summary>Fraction of values on the pixel type's lowest code (0 for unsigned data); 0 for float data.</summary>
    public double BottomCodeFraction { get; init; }

    public IReadOnlyList<double> FrameMeans => [.. FrameMoments.Select(m => m.Mean)];

    /// <summary>Mean of the frame means, and its standard error from their spread (NaN error for one frame).</summary>
    public (double Mean, double StdErr) Mean()
    {
        IReadOnlyList<double> means = FrameMeans;
        return (means.Average(), SampleSpread.StandardErrorOfMean(means));
    }

    /// <summary><see cref="Mean"/> as a quantity in ADU (no stderr for a single frame).</summary>
    public Quantity Level()
    {
        (double mean, double se) = Mean();
        return new Quantity(mean, "ADU", double.IsNaN(se) ? null : se);
    }

    /// <summary>
    /// This stack's mean as the offset of another stack taken at another time (the bias under EM gain frames, the
    /// zero of a dark-current line): known only as well as the level holds still between acquisitions, i.e. to the
    /// spread of the frame means, not to the standard error of their average.
    /// </summary>
    public (double Mean, double StdErr) OffsetForOtherStacks()
    {
        (double mean, double se) = Mean();
        return (mean, double.IsNaN(se) ? double.NaN : se * Math.Sqrt(FrameMoments.Count));
    }

    /// <summary>
    /// Temporal variance averaged over the pairs, ADU^2, and its standard error: the spread over pairs when there
    /// are at least 3; otherwise from the differences themselves. A pair's estimate sum(d^2)/(2N) has variance
    /// 2 mean(sigma_i^4)/N, and for Gaussian pixel noise E[d^4] = 12 sigma^4, so sum(d^4)/(6 N^2) estimates it. That
    /// equals sqrt(2/N) var when all pixels are alike, and grows as it should when a long tail of noisy pixels (sCMOS)
    /// carries much of the variance.
    /// </summary>
    public (double Variance, double StdErr) TemporalVariance()
    {
        if (Pairs.Count == 0)
        {
            throw new InvalidOperationException("a stack of one frame has no pairs");
        }

        double[] v = [.. Pairs.Select(p => p.UnbiasedTemporalVariance)];
        double mean = v.Average();
        if (v.Length >= PairsForSpread)
        {
            return (mean, SampleSpread.StandardErrorOfMean(v));
        }

        long n = Pairs[0].Count;
        if (PairFourthPowerSums is { } fourth && n > 1)
        {
            // Independent pairs: the variance of their average is the sum of their variances over v.Length^2.
            double sumOfVariances = fourth.Sum(s4 => s4 / (6.0 * n * n));
            return (mean, Math.Sqrt(sumOfVariances) / v.Length);
        }

        return (mean, mean * Math.Sqrt(2.0 / Math.Max(n - 1, 1)) / Math.Sqrt(v.Length));
    }
}
