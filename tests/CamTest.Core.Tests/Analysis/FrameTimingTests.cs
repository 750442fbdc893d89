using CamTest.Core.Analysis;
using CamTest.Core.Results;

namespace CamTest.Core.Tests.Analysis;

public class FrameTimingTests
{
    [Fact]
    public void A_100_fps_stack_reads_out_in_10_ms_as_the_protocol_computes()
    {
        double?[] t = [.. Enumerable.Range(0, 50).Select(i => (double?)(i * 10.0) + (i % 2 == 0 ? 0.01 : -0.01))];
        TimingSection timing = FrameTiming.Analyze(t, "hardware", "bias")!;
        Assert.Equal(100, timing.FrameRate.Value, 1);
        Assert.Equal(10, timing.ReadoutTime!.Value, 2);
        Assert.True(timing.FrameInterval.StdErr > 0);
    }

    [Fact]
    public void Too_few_timestamps_give_no_timing_rather_than_a_guess()
    {
        Assert.Null(FrameTiming.Analyze([1.0, null, 3.0], "software", "bias"));
    }
}
