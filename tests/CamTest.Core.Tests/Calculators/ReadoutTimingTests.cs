using CamTest.Core.Calculators;

namespace CamTest.Core.Tests.Calculators;

public class ReadoutTimingTests
{
    private const double Tight = 1e-9; // a handful of float operations on exact inputs

    [Fact]
    public void Hundred_frames_per_second_is_a_10_ms_readout()
    {
        // The protocol: "if the readout speed of the camera is 100 fps, the readout time is 10 ms".
        CalculatorResult result = ReadoutTiming.Compute(new ReadoutRequest { FramesPerSecond = 100 });
        Assert.Equal(10, result.Quantity.Value, Tight);
        Assert.Equal("ms", result.Quantity.Unit.Symbol);
    }

    [Fact]
    public void A_10_MHz_readout_rate_spends_100_ns_per_pixel()
    {
        CalculatorResult result = ReadoutTiming.Compute(new ReadoutRequest { Sensor = SensorKind.Ccd, ReadoutRateMHz = 10 });
        Assert.Equal(100, result.Quantity.Value, Tight);
        Assert.Equal("ns", result.Quantity.Unit.Symbol);
    }

    [Fact]
    public void Ccd_binning_2x2_quarters_the_frame_time()
    {
        // 512 x 512 at 10 MHz: 26.2144 ms; binned 2x2: 65536 pixels -> 6.5536 ms.
        var full = ReadoutTiming.Compute(new ReadoutRequest { Sensor = SensorKind.Ccd, ReadoutRateMHz = 10, Width = 512, Height = 512 });
        var binned = ReadoutTiming.Compute(new ReadoutRequest { Sensor = SensorKind.Ccd, ReadoutRateMHz = 10, Width = 512, Height = 512, Binning = 2 });
        Assert.Equal(26.2144, full.Quantity.Value, Tight);
        Assert.Equal(6.5536, binned.Quantity.Value, Tight);
    }

    [Fact]
    public void Scmos_roi_shortens_readout_by_rows_but_binning_does_not()
    {
        // 100 fps over 2048 rows; a 512-row ROI reads in 10 x 512/2048 = 2.5 ms.
        var roi = ReadoutTiming.Compute(new ReadoutRequest { FramesPerSecond = 100, Height = 2048, RoiHeight = 512 });
        var binned = ReadoutTiming.Compute(new ReadoutRequest { FramesPerSecond = 100, Height = 2048, Binning = 2 });
        Assert.Equal(2.5, roi.Quantity.Value, Tight);
        Assert.Equal(10, binned.Quantity.Value, Tight);
        Assert.Contains(binned.Notes, n => n.Contains("does not speed readout", StringComparison.Ordinal));
    }

    [Fact]
    public void Readout_needs_a_rate()
    {
        Assert.Throws<CalculatorInputException>(() => ReadoutTiming.Compute(new ReadoutRequest()));
    }
}
