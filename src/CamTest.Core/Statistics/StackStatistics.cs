using CamTest.IO;

namespace CamTest.Core.Statistics;

/// <summary>Statistics of a whole stack computed in one streaming pass (reads overlapped with computation).</summary>
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
        PixelType type = source.Info.PixelType;
        IMoments empty = type.IsInteger() ? IntegerMoments.Empty : FloatMoments.Empty;
        IMoments[] moments = [.. Enumerable.Repeat(empty, source.Info.FrameCount)];
        FramePipeline.Run(
            source,
            (band, pixels) =>
            {
                IMoments part = MomentsKernels.Compute(pixels, type);
                moments[band.Frame] = band.FirstRow == 0 ? part : MomentsKernels.Combine(moments[band.Frame], part);
            },
            bandBytes,
            progress,
            cancellationToken);
        return moments;
    }
}
