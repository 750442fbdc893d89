using CamTest.IO;

namespace CamTest.Core.Statistics;

/// <summary>
/// The one streaming pass over a stack: every statistic (<see cref="IStackAccumulator"/>) is fed from a single read
/// of each band. Bands go tile-major (the same rows of every frame, then the next rows), so per-pixel sums of a tile
/// stay in cache while all frames pass through them, and the previous frame's same rows (for pair differences) are
/// one band, not one frame. Reading (one core) overlaps the accumulators (the other) through <see cref="FramePipeline"/>.
/// Memory is three bands plus what the accumulators keep; it does not grow with the number of frames.
/// </summary>
public static class StackPass
{
    /// <summary>Tile for per-pixel statistics: 64K pixels of 16-bit data, so a tile's exact sums (16 bytes a pixel) stay in L2.</summary>
    public const int PerPixelTileBytes = 128 << 10;

    public static void Run(
        IFrameSource source,
        IReadOnlyList<IStackAccumulator> accumulators,
        IProgress<double>? progress = null,
        int? tileBytes = null,
        CancellationToken cancellationToken = default)
    {
        StackInfo info = source.Info;
        int bytes = tileBytes ?? (accumulators.Any(a => a.PerPixel) ? PerPixelTileBytes : FramePipeline.DefaultBandBytes);
        int rowsPerTile = FramePipeline.RowsPerBand(info, bytes);
        if (rowsPerTile == 0)
        {
            return;
        }

        int frames = info.FrameCount;
        int tiles = (info.Height + rowsPerTile - 1) / rowsPerTile;
        long rowBytes = (long)info.Width * info.BytesPerPixel;
        byte[]? previous = accumulators.Any(a => a.NeedsPreviousFrame) ? new byte[rowsPerTile * rowBytes] : null;
        FramePipeline.Run(
            source,
            (long)tiles * frames,
            index =>
            {
                int firstRow = (int)(index / frames) * rowsPerTile;
                return new FrameBand((int)(index % frames), firstRow, Math.Min(rowsPerTile, info.Height - firstRow));
            },
            (band, pixels) =>
            {
                ReadOnlySpan<byte> before = previous is not null && band.Frame > 0 ? previous.AsSpan(0, pixels.Length) : [];
                foreach (IStackAccumulator accumulator in accumulators)
                {
                    accumulator.Add(band, pixels, before);
                }

                if (previous is not null && band.Frame + 1 < frames)
                {
                    pixels.CopyTo(previous);
                }
            },
            progress,
            cancellationToken);
    }
}
