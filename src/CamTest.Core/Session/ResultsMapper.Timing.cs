using CamTest.Core.Results;

namespace CamTest.Core.Session;

/// <summary>results.json "timing".</summary>
public static partial class ResultsMapper
{
    /// <summary>timing: the frame rate and interval, the interval again as the readout time where it is one, and the
    /// intervals' histogram in ms.</summary>
    public static TimingSection Timing(StackTiming t) =>
        new(t.Frames.FrameRate, t.Frames.FrameInterval, t.IntervalIsReadout ? t.Frames.FrameInterval : null, t.Frames.Source, t.Frames.Stack)
        {
            IntervalHistogram = Histogram(t.Frames.Intervals, Unit.Millisecond),
        };
}
