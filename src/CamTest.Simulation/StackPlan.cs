namespace CamTest.Simulation;

/// <summary>The kind of stack, which decides where it goes in session.json.</summary>
public enum StackRole
{
    Bias,
    Flat,
    Dark,
    HotPixels,
    EmReference,
    EmAmplified,
}

/// <summary>
/// One stack of the session: its file, how many frames, the exposure, the light and the EM gain.
/// <see cref="PhotonsPerPixelPerS"/> is the photon flux on one output pixel (before QE); <see cref="EmGain"/> the
/// multiplication the frames get.
/// </summary>
public sealed record StackPlan(
    StackRole Role,
    string FileName,
    int Frames,
    double ExposureMs,
    double PhotonsPerPixelPerS,
    double EmGain,
    double? EmGainSetPoint = null)
{
    /// <summary>The EM gain set on the camera (the manifest's emGain); <see cref="EmGain"/> is what the register delivers.</summary>
    public double SetPoint => EmGainSetPoint ?? EmGain;

    /// <summary>A stable number for this stack, so its random streams do not depend on the order stacks are written.</summary>
    public ulong StreamKey => StableHash(FileName);

    private static ulong StableHash(string text)
    {
        // FNV-1a: string.GetHashCode is randomised per process, and the bytes must not be.
        ulong hash = 14695981039346656037UL;
        foreach (char c in text)
        {
            hash = (hash ^ c) * 1099511628211UL;
        }

        return hash;
    }
}
