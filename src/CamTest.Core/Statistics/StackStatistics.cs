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
    /// Per-pixel mean and variance maps, tile by tile so the sums stay in cache (<see cref="PixelSumsPass"/>;
    /// exact integer sums for 8/16-bit data). No frames give NaN maps: zeros would read as a perfect camera.
    /// </summary>
    public static PixelMaps PerPixelMaps(
        IFrameSource source,
        int tileBytes = PixelSumsPass.DefaultTileBytes,
        IProgress<double>? progress = null,
        CancellationToken cancellationToken = default) =>
        PixelSumsPass.Maps(source, progress, tileBytes, cancellationToken: cancellationToken);
}
