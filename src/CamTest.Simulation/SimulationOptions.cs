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

    public int OutputWidth => RoiWidth / Binning;

    public int OutputHeight => RoiHeight / Binning;
}
