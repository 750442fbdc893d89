namespace CamTest.Simulation.Emva;

/// <summary>What an EMVA 1288 measurement of a simulated camera holds besides the camera: the sweep, its points, the spatial sets.</summary>
public sealed record EmvaSimulationOptions
{
    public EmvaSweep Sweep { get; init; } = EmvaSweep.Exposure;

    /// <summary>Bright points (each a pair, with a dark pair at its exposure), evenly spaced up to <see cref="TopFraction"/> of saturation.</summary>
    public int Points { get; init; } = 30;

    /// <summary>The brightest point as a fraction of the saturation irradiation: beyond 1 so that saturation is reached.</summary>
    public double TopFraction { get; init; } = 1.25;

    /// <summary>The exposure at which the light just saturates the sensor (exposure sweep), or the one exposure (illumination sweep), ms.</summary>
    public double ExposureMs { get; init; } = 10;

    /// <summary>Times each bright point is written (its own pair each time): more than 1 gives repeated descriptor entries.</summary>
    public int PairsPerPoint { get; init; } = 1;

    /// <summary>Frames in each spatial set (bright at 50 % of saturation, and dark); 0 for none.</summary>
    public int SpatialFrames { get; init; } = 16;
}
