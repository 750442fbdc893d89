using CamTest.Core.Results;

namespace CamTest.Core.Session;

/// <summary>results.json "timing".</summary>
public static partial class ResultsMapper
{
    /// <summary>timing: the frame rate and interval, the interval again as the readout time where it is one, and the
    /// intervals' histogram in ms.</summary>
    public static TimingSection Timing(StackTiming t) =>
        new(
            TimingFigures.FrameRate.Express(t.Frames.FrameRate),
            TimingFigures.FrameInterval.Express(t.Frames.FrameInterval),
            t.IntervalIsReadout ? TimingFigures.ReadoutTime.Express(t.Frames.FrameInterval) : null,
            t.Frames.Source,
            t.Frames.Stack)
        {
            IntervalHistogram = Histogram(t.Frames.Intervals, TimingFigures.IntervalHistogram),
        };
}
