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
    public IReadOnlyList<double> FrameMeans => [.. FrameMoments.Select(m => m.Mean)];

    /// <summary>Mean of the frame means, and its standard error from their spread (NaN error for one frame).</summary>
    public (double Mean, double StdErr) Mean()
    {
        IReadOnlyList<double> means = FrameMeans;
        double mean = means.Average();
        double se = means.Count > 1
            ? Math.Sqrt(means.Sum(m => (m - mean) * (m - mean)) / (means.Count - 1) / means.Count)
            : double.NaN;
        return (mean, se);
    }

    /// <summary>
    /// Temporal variance averaged over the pairs, ADU^2, and its standard error: the spread over pairs when there
    /// are at least 3, otherwise the Gaussian sqrt(2/(N-1)) of a variance from N pixel differences.
    /// </summary>
    public (double Variance, double StdErr) TemporalVariance()
    {
        if (Pairs.Count == 0)
        {
            throw new InvalidOperationException("a stack of one frame has no pairs");
        }

        double[] v = [.. Pairs.Select(p => p.UnbiasedTemporalVariance)];
        double mean = v.Average();
        if (v.Length >= 3)
        {
            double sd = Math.Sqrt(v.Sum(x => (x - mean) * (x - mean)) / (v.Length - 1));
            return (mean, sd / Math.Sqrt(v.Length));
        }

        long n = Pairs[0].Count;
        return (mean, mean * Math.Sqrt(2.0 / Math.Max(n - 1, 1)) / Math.Sqrt(v.Length));
    }
}
