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

    /// <summary>Default tile: 64K pixels of 16-bit data, so a tile's exact sums (16 bytes a pixel) stay in L2.</summary>
    public const int DefaultTileBytes = 128 << 10;

    /// <summary>
    /// Per-pixel mean and variance maps in one streaming pass, tile by tile: a band of rows of every frame is read
    /// (overlapped with the computation) and accumulated before the next band, so the accumulators stay in cache.
    /// Exact integer sums for 8/16-bit data (see <see cref="PixelAccumulator"/>).
    /// </summary>
    public static PixelMaps PerPixelMaps(
        IFrameSource source,
        int tileBytes = DefaultTileBytes,
        IProgress<double>? progress = null,
        CancellationToken cancellationToken = default)
    {
        StackInfo info = source.Info;
        var mean = new double[info.PixelsPerFrame];
        var variance = new double[info.PixelsPerFrame];
        if (info.FrameCount == 0)
        {
            // No frames: no statistic is defined, and zeros would read as a real (perfect) camera.
            Array.Fill(mean, double.NaN);
            Array.Fill(variance, double.NaN);
        }
        int rowsPerBand = FramePipeline.RowsPerBand(info, tileBytes);
        if (rowsPerBand > 0)
        {
            int frames = info.FrameCount;
            int bands = (info.Height + rowsPerBand - 1) / rowsPerBand;
            PixelAccumulator? accumulator = null;
            FramePipeline.Run(
                source,
                (long)bands * frames,
                index =>
                {
                    int firstRow = (int)(index / frames) * rowsPerBand;
                    return new FrameBand((int)(index % frames), firstRow, Math.Min(rowsPerBand, info.Height - firstRow));
                },
                (band, pixels) =>
                {
                    if (band.Frame == 0)
                    {
                        accumulator = new PixelAccumulator(band.RowCount * info.Width, info.PixelType);
                    }

                    accumulator!.Add(pixels);
                    if (band.Frame == frames - 1)
                    {
                        int offset = band.FirstRow * info.Width;
                        accumulator.MeanMap().CopyTo(mean, offset);
                        accumulator.VarianceMap().CopyTo(variance, offset);
                    }
                },
                progress,
                cancellationToken);
        }

        return new PixelMaps(info.Width, info.Height, info.FrameCount, mean, variance);
    }
}
