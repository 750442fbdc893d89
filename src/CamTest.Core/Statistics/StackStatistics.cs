using CamTest.IO;

namespace CamTest.Core.Statistics;

/// <summary>Single statistics of a whole stack, each one <see cref="StackPass"/> with one accumulator.</summary>
public static class StackStatistics
{
    /// <summary>
    /// Moments of every frame, in frame order: exact <see cref="IntegerMoments"/> for integer pixel types,
    /// <see cref="FloatMoments"/> for float types. Bands of a frame are merged, so the result does not depend on
    /// the band size (exactly, for integer data).
    /// </summary>
    public static IReadOnlyList<IMoments> FrameMoments(
        IFrameSource source,
        int bandBytes = FramePipeline.DefaultBandBytes,
        IProgress<double>? progress = null,
        CancellationToken cancellationToken = default)
    {
        var moments = new FrameMomentsAccumulator(source.Info);
        StackPass.Run(source, [moments], progress, bandBytes, cancellationToken);
        return moments.Moments;
    }

    /// <summary>
    /// Per-pixel mean and variance maps (<see cref="PixelMapsAccumulator"/>: exact integer sums for 8/16-bit data),
    /// tile by tile so the sums stay in cache: the same pass, tiles and accumulator as analyze's bias stage, so maps
    /// and analyze cannot differ. No frames give NaN maps: zeros would read as a perfect camera.
    /// </summary>
    /// <param name="tileBytes">Bytes of one tile of one frame (whole rows, at least one; default
    /// <see cref="StackPass.PerPixelTileBytes"/>); tests choose small ones.</param>
    public static PixelMaps PerPixelMaps(
        IFrameSource source,
        int? tileBytes = null,
        IProgress<double>? progress = null,
        CancellationToken cancellationToken = default)
    {
        var maps = new PixelMapsAccumulator(source.Info);
        StackPass.Run(source, [maps], progress, tileBytes, cancellationToken);
        return maps.Result;
    }
}
