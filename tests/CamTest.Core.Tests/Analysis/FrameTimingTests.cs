using CamTest.Core.Analysis;
using CamTest.Core.Results;
using CamTest.Core.Session;

namespace CamTest.Core.Tests.Analysis;

public class FrameTimingTests
{
    [Fact]
    public void A_100_fps_stack_reads_out_in_10_ms_as_the_protocol_computes()
    {
        double?[] t = [.. Enumerable.Range(0, 50).Select(i => (double?)(i * 10.0) + (i % 2 == 0 ? 0.01 : -0.01))];
        TimingSection timing = ResultsMapper.Timing(new StackTiming(FrameTiming.Analyze(t, "hardware", "bias")!, IntervalIsReadout: true));
        Assert.Equal(100, timing.FrameRate.Value, 1);
        Assert.Equal(10, timing.ReadoutTime!.Value, 2);
        Assert.True(timing.FrameInterval.StdErr > 0);
    }

    [Fact]
    public void The_frame_intervals_are_carried_as_a_histogram_that_shows_a_dropped_frame()
    {
        // 10 ms frames with one lost: 48 intervals of 10 ms and one of 20 ms.
        double?[] t = [.. Enumerable.Range(0, 51).Where(i => i != 25).Select(i => (double?)(i * 10.0))];
        HistogramSection h = ResultsMapper.Timing(new StackTiming(FrameTiming.Analyze(t, "hardware", "bias")!, IntervalIsReadout: true)).IntervalHistogram!;
        Assert.Equal(49, h.Counts.Sum());
        Assert.Equal(48, h.Counts[0]);
        Assert.Equal(1, h.Counts[^1]);
        Assert.InRange(20, h.BinLower(h.Counts.Count - 1), h.BinLower(h.Counts.Count));
    }

    [Fact]
    public void Too_few_timestamps_give_no_timing_rather_than_a_guess()
    {
        Assert.Null(FrameTiming.Analyze([1.0, null, 3.0], "software", "bias"));
    }
}
