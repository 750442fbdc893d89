namespace CamTest.Core.Calculators;

/// <summary>
/// What is known about a camera's readout. Give a frame rate (readout speed) or a pixel readout rate, and
/// optionally the sensor size, a region of interest and a binning factor to see what they change.
/// </summary>
public sealed record ReadoutRequest
{
    public SensorKind Sensor { get; init; } = SensorKind.SCmos;

    /// <summary>Full-frame readout speed in frames per second.</summary>
    public double? FramesPerSecond { get; init; }

    /// <summary>Pixel readout rate of a CCD/EMCCD amplifier, MHz.</summary>
    public double? ReadoutRateMHz { get; init; }

    public int? Width { get; init; }

    public int? Height { get; init; }

    public int? RoiWidth { get; init; }

    public int? RoiHeight { get; init; }

    public int Binning { get; init; } = 1;
}
