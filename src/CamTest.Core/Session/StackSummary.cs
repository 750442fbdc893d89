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
    PixelMaps? PerPixel)
{
    /// <summary>Sum of (A - B)^4 of each pair: the temporal variance's error (<see cref="PairVarianceError"/>).</summary>
    public IReadOnlyList<double>? PairFourthPowerSums { get; init; }

    /// <summary>Fraction of values on the pixel type's lowest code (0 for unsigned data); 0 for float data.</summary>
    public double BottomCodeFraction { get; init; }

    public IReadOnlyList<double> FrameMeans => [.. FrameMoments.Select(m => m.Mean)];

    /// <summary>Mean of the frame means, ADU, with its standard error from their spread (unknown for one frame).</summary>
    public Quantity Level()
    {
        IReadOnlyList<double> means = FrameMeans;
        double se = SampleSpread.StandardErrorOfMean(means);
        return new Quantity(means.Average(), Unit.Adu, double.IsNaN(se) ? null : se);
    }

    /// <summary>
    /// This stack's mean as the offset of another stack taken at another time (the bias under EM gain frames, the
    /// zero of a dark-current line): known only as well as the level holds still between acquisitions, i.e. to the
    /// spread of the frame means, not to the standard error of their average.
    /// </summary>
    public Quantity OffsetForOtherStacks()
    {
        Quantity level = Level();
        // Not a propagation: the spread of single frame means is the standard error of their mean times sqrt(frames).
        return level with { StdErr = level.StdErr * Math.Sqrt(FrameMoments.Count) };
    }

    /// <summary>
    /// Temporal variance averaged over the pairs, ADU^2, and its standard error (<see cref="PairVarianceError"/>: from
    /// each pair's sum (A - B)^4, honest for a long tail of noisy pixels and not as noisy as the pairs' own spread).
    /// </summary>
    public Quantity TemporalVariance()
    {
        if (Pairs.Count == 0)
        {
            throw new InvalidOperationException("a stack of one frame has no pairs");
        }

        double[] v = [.. Pairs.Select(p => p.UnbiasedTemporalVariance)];
        long n = Pairs[0].Count;
        double[]? sampling = PairFourthPowerSums is { } sums ? [.. sums.Select(s4 => PairVarianceError.OfGaussianPixels(s4, n))] : null;
        return new Quantity(v.Average(), Unit.Adu2, PairVarianceError.StandardError(v, sampling, n));
    }
}
