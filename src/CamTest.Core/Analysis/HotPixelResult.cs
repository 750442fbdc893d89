using CamTest.Core.Results;
using CamTest.Core.Statistics;

namespace CamTest.Core.Analysis;

/// <summary>Hot pixels found in the long dark frames.</summary>
/// <param name="Count">Pixels hot in at least 80 % of the frames.</param>
/// <param name="PersistentCount">Pixels hot in every frame (the protocol: they stay in the same place).</param>
/// <param name="Threshold">Dark rate above which a pixel of typical read noise counted as hot in a frame, e-/pixel/s (a
/// noisier pixel's own threshold is higher).</param>
/// <param name="Frames">Long dark frames examined.</param>
/// <param name="Pixels">The hot pixels, brightest first (at most <see cref="HotPixelDetector.MaxListed"/>).</param>
/// <param name="Mask">Row-major flags of the hot pixels, for leaving them out of sensor-wide figures.</param>
public sealed record HotPixelResult(
    int Count,
    int PersistentCount,
    Quantity Threshold,
    int Frames,
    IReadOnlyList<HotPixel> Pixels,
    bool[] Mask)
{
    /// <summary>Every pixel's mean dark rate over the frames, e-/pixel/s at the gain's value (hot ones included).</summary>
    public Histogram? DarkHistogram { get; init; }
}
