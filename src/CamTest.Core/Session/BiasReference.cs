using CamTest.Core.Results;

namespace CamTest.Core.Session;

/// <summary>
/// The zero other stacks are measured from and the read variance that rides on every frame, whichever way the bias
/// came: reduced from bias frames (<see cref="Frames"/> set; stability, fixed pattern and per-pixel noise then follow)
/// or from calibration maps (their means; the maps do not say how many frames made them, so no standard errors).
/// </summary>
/// <param name="Level">Mean bias, ADU, with the standard error of the mean of frame means (none for maps).</param>
/// <param name="Offset">The level as the offset of a stack taken at another time, with the frame-to-frame spread as
/// its error (<see cref="StackSummary.OffsetForOtherStacks"/>); error unknown for maps.</param>
/// <param name="ReadVariance">Temporal read variance, ADU^2, with its standard error (unknown for maps; the value NaN for
/// a one-frame bias until a dark pair gives it).</param>
/// <param name="OffsetMap">Each pixel's offset, ADU, when known (bias frames reduced with per-pixel maps, or an offset map).</param>
public sealed record BiasReference(
    string Label,
    Quantity Level,
    Quantity Offset,
    Quantity ReadVariance,
    double[]? OffsetMap,
    StackSummary? Frames,
    BiasMaps? Maps)
{
    /// <summary>From bias frames; a single frame has no pair, so its read variance is unknown (NaN) until the shortest
    /// dark pair gives one (<see cref="WithReadVariance"/>).</summary>
    public static BiasReference FromFrames(string label, StackSummary frames) =>
        new(label, frames.Level(), frames.OffsetForOtherStacks(), frames.Pairs.Count > 0 ? frames.TemporalVariance() : Quantity.WithUnknownError(double.NaN, Unit.Adu2), frames.PerPixel?.Mean, frames, null);

    /// <summary>True when the bias frames hold no pair (one frame): the read variance must come from elsewhere.</summary>
    public bool HasNoPair => Frames is { Pairs.Count: 0 };

    /// <summary>This bias with its read variance measured elsewhere (the shortest dark pair, for a one-frame bias).</summary>
    public BiasReference WithReadVariance(Quantity variance) => this with { ReadVariance = variance };

    /// <summary>The maps' mean offset, and the pixels' mean read variance (the mean of sigma^2, not the square of the mean sigma).</summary>
    public static BiasReference FromMaps(BiasMaps maps)
    {
        double offset = maps.Offset.Average();
        double readVariance = maps.ReadNoise.Average(s => s * s);
        return new(maps.Label, Quantity.WithUnknownError(offset, Unit.Adu), Quantity.WithUnknownError(offset, Unit.Adu), Quantity.WithUnknownError(readVariance, Unit.Adu2), maps.Offset, null, maps);
    }

    /// <summary>
    /// The offset map with the temporal variance still in it, ADU^2: the read variance over the frames averaged; nil
    /// for a calibration map, which was averaged over many frames. Null without a map.
    /// </summary>
    public AveragedBias? AveragedMap => OffsetMap switch
    {
        null => null,
        { } map => new AveragedBias(map, Offset.Value, Frames?.PerPixel is { } maps ? ReadVariance.Value / maps.FrameCount : 0),
    };

    /// <summary>
    /// Each pixel's read variance, ADU^2, and the frames it was estimated from: the bias frames' per-pixel variance
    /// (null below <paramref name="minFrames"/>), or the read-noise map squared (frames taken as unlimited).
    /// </summary>
    public PixelReadVariance PixelReadVariance(long minFrames) => this switch
    {
        { Frames.PerPixel: { } maps } => new(maps.FrameCount >= minFrames ? maps.Variance : null, maps.FrameCount),
        { Maps: { } maps } => new([.. maps.ReadNoise.Select(s => s * s)], long.MaxValue),
        _ => new(null, 0),
    };
}
