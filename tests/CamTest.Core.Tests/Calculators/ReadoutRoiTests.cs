using CamTest.Core.Calculators;

namespace CamTest.Core.Tests.Calculators;

/// <summary>calc readout uses --roi-height and binning wherever the arithmetic allows, and refuses them where it cannot.</summary>
public class ReadoutRoiTests
{
    [Fact]
    public void Scmos_roi_height_shortens_the_frame_time_by_the_share_of_rows()
    {
        // 100 fps full frame of 2048 rows: 10 ms; 512 rows read: 10 x 512 / 2048 = 2.5 ms.
        CalculatorResult r = ReadoutTiming.Compute(new ReadoutRequest { FramesPerSecond = 100, Height = 2048, RoiHeight = 512 });
        Assert.Equal(2.5, r.Quantity.Value, 12);
    }

    [Fact]
    public void Scmos_roi_height_without_the_sensor_s_height_is_refused_not_ignored()
    {
        var error = Assert.Throws<CalculatorInputException>(() => ReadoutTiming.Compute(new ReadoutRequest { FramesPerSecond = 100, RoiHeight = 512 }));
        Assert.Contains("--roi-height", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Scmos_roi_width_and_binning_are_said_not_to_change_readout()
    {
        CalculatorResult r = ReadoutTiming.Compute(new ReadoutRequest { FramesPerSecond = 100, Width = 2048, Height = 2048, RoiWidth = 512, Binning = 2 });
        Assert.Equal(10, r.Quantity.Value, 12);
        Assert.Contains(r.Notes, n => n.Contains("ROI width does not change", StringComparison.Ordinal));
        Assert.Contains(r.Notes, n => n.Contains("does not speed readout", StringComparison.Ordinal));
    }

    [Fact]
    public void Ccd_roi_and_binning_scale_a_full_frame_rate_by_the_pixels_read()
    {
        // 1024 x 1024 at 10 fps: 100 ms. ROI 512 x 256 binned 2x2: 256 x 128 = 32768 of 1048576 pixels: 3.125 ms.
        CalculatorResult r = ReadoutTiming.Compute(new ReadoutRequest
        {
            Sensor = SensorKind.Ccd, FramesPerSecond = 10, Width = 1024, Height = 1024, RoiWidth = 512, RoiHeight = 256, Binning = 2,
        });
        Assert.Equal(3.125, r.Quantity.Value, 12);
    }

    [Theory]
    [InlineData(null, 256, 1)]
    [InlineData(null, null, 2)]
    public void Ccd_roi_or_binning_that_cannot_change_the_answer_is_refused(int? width, int? roiHeight, int binning)
    {
        var error = Assert.Throws<CalculatorInputException>(() => ReadoutTiming.Compute(new ReadoutRequest
        {
            Sensor = SensorKind.Emccd, FramesPerSecond = 30, Width = width, RoiHeight = roiHeight, Binning = binning,
        }));
        Assert.Contains("CCD/EMCCD: an ROI or binning changes the frame time", error.Message, StringComparison.Ordinal);
    }
}
