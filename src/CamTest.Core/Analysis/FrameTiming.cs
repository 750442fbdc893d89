using CamTest.Core.Results;
using CamTest.Core.Statistics;

namespace CamTest.Core.Analysis;

/// <summary>
/// The protocol's speed figures from per-frame timestamps: frame rate (readout speed, fps) and readout time. Per the
/// protocol, the readout time of an sCMOS is 1 / readout speed, measured here as the mean frame interval of a stack
/// acquired as fast as the camera runs (the bias stack, at zero exposure, is the best candidate). Camera
/// timestamps are preferred to software ones, which carry the computer's scheduling jitter.
/// </summary>
public static class FrameTiming
{
    /// <summary>Bins of the frame-interval histogram: a camera that keeps time fills one or two of them.</summary>
    public const int IntervalBins = 40;

    /// <param name="timestampsMs">Per-frame times in ms, in acquisition order (nulls where a frame had none).</param>
    /// <param name="source">"hardware" or "software", for the report.</param>
    /// <param name="stack">Which stack the times came from, for the report.</param>
    public static FrameTimingResult? Analyze(IReadOnlyList<double?> timestampsMs, string source, string stack)
    {
        var intervals = new List<double>();
        for (int i = 1; i < timestampsMs.Count; i++)
        {
            if (timestampsMs[i] is double b && timestampsMs[i - 1] is double a && b > a)
            {
                intervals.Add(b - a);
            }
        }

        if (intervals.Count < 2)
        {
            return null;
        }

        double mean = intervals.Average();
        double sd = SampleSpread.StandardDeviation(intervals);
        double se = sd / Math.Sqrt(intervals.Count);
        var interval = new Quantity(mean, Unit.Millisecond, se);
        return new FrameTimingResult(RateOf(interval), interval, source, stack, ValueHistogram.Of([.. intervals], IntervalBins));
    }

    /// <summary>One frame per interval, through the algebra: d(1/t) = dt / t^2, an unknown interval error staying unknown.</summary>
    internal static Quantity RateOf(Quantity interval) => (Quantity.Exact(1, Unit.Frame) / interval).In(Unit.FramesPerSecond);
}
