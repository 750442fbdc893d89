namespace CamTest.Simulation;

/// <summary>What to simulate beyond the camera itself: seed, region of interest, binning and frame counts.</summary>
public sealed record SimulationOptions
{
    public ulong Seed { get; init; } = 1;

    /// <summary>Region of interest width in sensor pixels (before binning), centred on the sensor.</summary>
    public int RoiWidth { get; init; } = 256;

    public int RoiHeight { get; init; } = 256;

    /// <summary>Symmetric binning factor (1, 2, 4 ...).</summary>
    public int Binning { get; init; } = 1;

    /// <summary>Frames in the bias stack (the protocol takes 100; SMLM offset maps use tens of thousands).</summary>
    public int BiasFrames { get; init; } = 100;

    /// <summary>Frames per flat level (2 = the protocol's pair).</summary>
    public int FlatFrames { get; init; } = 2;

    /// <summary>Frames per dark exposure (2 = the protocol's pair).</summary>
    public int DarkFrames { get; init; } = 2;

    /// <summary>Frames in the long dark stack for hot pixels (the protocol takes 10 at about 5 s).</summary>
    public int LongDarkFrames { get; init; } = 10;

    /// <summary>Frames in each EMCCD gain stack (reference and amplified).</summary>
    public int EmGainFrames { get; init; } = 10;

    /// <summary>Threads used per frame (-1: all cores). The output does not depend on it; tests prove that.</summary>
    public int MaxThreads { get; init; } = -1;

    /// <summary>
    /// The month of an ageing series (0 = the camera as modelled), or null for a lone session. With a month the camera
    /// is aged by <see cref="Ageing"/>, the session is dated <see cref="SeriesStart"/> + N months, and the temporal noise
    /// is drawn afresh while the sensor (offsets, pixel maps, hot pixels of month 0) stays the same device.
    /// </summary>
    public int? Month { get; init; }

    /// <summary>How the camera ages; null uses the camera's own <see cref="CameraModel.Ageing"/>, else none.</summary>
    public AgeingModel? Ageing { get; init; }

    /// <summary>The date of month 0 of an ageing series.</summary>
    public static DateTimeOffset SeriesStart { get; } = new(2026, 1, 15, 10, 0, 0, TimeSpan.Zero);

    /// <summary>When the session is acquired: month N of the series, or null for a lone session.</summary>
    public DateTimeOffset? Acquired => Month is int m ? SeriesStart.AddMonths(m) : null;

    /// <summary>
    /// The seed of the frames' temporal noise: the seed itself for a lone session or month 0 (so those write the bytes
    /// they always did), mixed with the month otherwise, so each month is a new session of the same sensor.
    /// </summary>
    public ulong NoiseSeed => Month is int m && m > 0 ? Seed ^ (0x9E3779B97F4A7C15UL * (ulong)m) : Seed;

    public int OutputWidth => RoiWidth / Binning;

    public int OutputHeight => RoiHeight / Binning;
}
