namespace CamTest.Core.Statistics;

/// <summary>
/// Per-pixel statistics over a stack's frames, row-major Width x Height: the sCMOS offset (mean) and temporal
/// variance maps, in ADU and ADU^2.
/// </summary>
/// <param name="Mean">Per-pixel mean over the frames, ADU.</param>
/// <param name="Variance">Per-pixel sample variance over the frames (divided by N - 1), ADU^2; NaN for one frame.</param>
public sealed record PixelMaps(int Width, int Height, int FrameCount, double[] Mean, double[] Variance);
