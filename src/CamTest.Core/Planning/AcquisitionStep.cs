namespace CamTest.Core.Planning;

/// <summary>One stack to acquire: its settings, whether the camera sees light, and the level to aim for.</summary>
public sealed record AcquisitionStep
{
    /// <summary>A file-safe name for the stack, e.g. "flat_10ms"; the template names its file after it.</summary>
    public required string Stack { get; init; }

    public required SessionSection Section { get; init; }

    /// <summary>Exposure in milliseconds; 0 asks the camera for its shortest.</summary>
    public required double ExposureMs { get; init; }

    public required int Frames { get; init; }

    /// <summary>True when no light may reach the sensor (lens cap on, shutter closed, room lights off).</summary>
    public required bool LensCapOn { get; init; }

    /// <summary>EM gain to set (EMCCD only); null leaves the camera's multiplier alone.</summary>
    public double? EmGain { get; init; }

    /// <summary>What the light level should be, in words (for lit stacks) or why it must be dark.</summary>
    public required string LightTarget { get; init; }

    /// <summary>What the stack measures.</summary>
    public required string Purpose { get; init; }

    /// <summary>The file the session template expects for this stack.</summary>
    public string FileName => $"{Stack}.ome.tif";
}
