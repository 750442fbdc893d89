namespace CamTest.Core.Maps;

/// <summary>
/// Per-pixel calibration maps of a camera (row-major, <see cref="Width"/> x <see cref="Height"/>): what sCMOS-aware
/// localisation software needs for every pixel. Offset and variance come from dark frames; gain and read noise in
/// electrons only when flats were given.
/// </summary>
/// <param name="Offset">Mean of the dark frames, ADU.</param>
/// <param name="Variance">Sample variance (N - 1) of the dark frames, ADU^2.</param>
/// <param name="Gain">Per-pixel gain, ADU/e- (Huang et al. 2013: the slope of flat variance on flat signal, both less the dark), or null without flats.</param>
/// <param name="ReadNoise">sqrt(variance) / gain, e- rms; NaN where the gain is not positive; null without flats.</param>
/// <param name="BadPixels">Why each pixel is bad (<see cref="BadPixelReason"/> flags; None for a good pixel).</param>
public sealed record CameraMaps(
    int Width,
    int Height,
    long DarkFrames,
    IReadOnlyList<long> FlatFrames,
    double[] Offset,
    double[] Variance,
    double[]? Gain,
    double[]? ReadNoise,
    BadPixelReason[] BadPixels)
{
    /// <summary>The offsets outside these limits are bad (<see cref="BadPixelFinder"/>), ADU.</summary>
    public BadPixelLimits OffsetLimits { get; init; }

    /// <summary>The variances outside these limits are bad, ADU^2.</summary>
    public BadPixelLimits VarianceLimits { get; init; }

    /// <summary><see cref="Offset"/> ranked for its bad-pixel limits, for its summary to reuse (null: rank it then).</summary>
    public RankedMap? RankedOffset { get; init; }

    /// <summary><see cref="Variance"/> ranked for its bad-pixel limits, for its summary to reuse (null: rank it then).</summary>
    public RankedMap? RankedVariance { get; init; }
}
