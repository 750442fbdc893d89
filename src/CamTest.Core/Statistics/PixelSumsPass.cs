using System.Buffers;
using System.Runtime.ExceptionServices;
using CamTest.IO;

namespace CamTest.Core.Statistics;

/// <summary>
/// Per-pixel mean and variance maps of a stack from per-pixel sums (<see cref="PixelAccumulator"/>: exact for
/// 8/16-bit data) with every core working: the frame is cut into tiles of whole rows, and one long-lived worker per
/// core takes the next tile, reads that tile of every frame itself (one positional read each, into its own reused
/// buffer), adds them into the tile's sums while those stay in that core's cache, and writes the tile's mean and
/// variance. Tiles are independent, so there are no locks and no hand-off per read (a thread-pool task per tile read
/// cost more than the sums). Memory is the two maps, and a tile's sums and buffer per worker, whatever the number of
/// frames.
/// </summary>
public static class PixelSumsPass
{
    /// <summary>Tile of one frame: 32K pixels of 16-bit data, so a tile's exact sums (16 bytes a pixel, 512 KiB) and
    /// the frames being added (<see cref="FramesAtOnce"/> tiles, 512 KiB) stay in a core's L2 cache together.</summary>
    public const int DefaultTileBytes = 64 << 10;

    /// <summary>Frames of a tile read before they are added together: the sums are then touched once per 8 frames.</summary>
    public const int FramesAtOnce = 8;

    /// <summary>
    /// Per-pixel mean and sample variance (N - 1) of <paramref name="source"/>, each tile's written into the maps as
    /// soon as its sums are complete: the sums exist only a tile at a time (one per worker), never for the whole frame.
    /// No frames give NaN maps (zeros would read as a perfect camera). Progress (fraction of tile reads done) is
    /// reported on the calling thread. Exceptions from the source (e.g. <see cref="InvalidInputException"/>)
    /// propagate unchanged.
    /// </summary>
    /// <param name="tileBytes">Bytes of one tile of one frame (whole rows, at least one); tests choose small ones.</param>
    /// <param name="workers">Worker threads, the calling thread included (default: one per core).</param>
    public static PixelMaps Maps(
        IFrameSource source,
        IProgress<double>? progress = null,
        int tileBytes = DefaultTileBytes,
        int? workers = null,
        CancellationToken cancellationToken = default)
    {
        StackInfo info = source.Info;
        int pixels = checked((int)info.PixelsPerFrame);
        var mean = new double[pixels];
        var variance = new double[pixels];
        int rowsPerTile = FramePipeline.RowsPerBand(info, tileBytes);
        if (rowsPerTile == 0)
        {
            Array.Fill(mean, double.NaN);
            Array.Fill(variance, double.NaN);
            return new PixelMaps(info.Width, info.Height, info.FrameCount, mean, variance);
        }

        int frames = info.FrameCount;
        int tiles = (info.Height + rowsPerTile - 1) / rowsPerTile;
        long rowBytes = (long)info.Width * info.BytesPerPixel;
        long reads = (long)tiles * frames;
        int nextTile = -1;
        long readsDone = 0;
        int failed = 0;

        void Work(bool reporting)
        {
            byte[] buffer = ArrayPool<byte>.Shared.Rent(checked((int)(FramesAtOnce * rowsPerTile * rowBytes)));
            var sums = new PixelAccumulator(rowsPerTile * info.Width, info.PixelType);
            try
            {
                int tile;
                while (Volatile.Read(ref failed) == 0 && (tile = Interlocked.Increment(ref nextTile)) < tiles)
                {
                    int firstRow = tile * rowsPerTile;
                    int rows = Math.Min(rowsPerTile, info.Height - firstRow);
                    int tileLength = (int)(rows * rowBytes);
                    sums.Clear();
                    for (int frame = 0; frame < frames && Volatile.Read(ref failed) == 0; frame += FramesAtOnce)
                    {
                        cancellationToken.ThrowIfCancellationRequested();
                        int count = Math.Min(FramesAtOnce, frames - frame);
                        for (int k = 0; k < count; k++)
                        {
                            source.ReadRows(frame + k, firstRow, rows, buffer.AsSpan(k * tileLength, tileLength));
                        }

                        sums.AddTiles(0, buffer.AsSpan(0, count * tileLength), count, frame);
                        long done = Interlocked.Add(ref readsDone, count);
                        if (reporting)
                        {
                            progress?.Report((double)done / reads);
                        }
                    }

                    sums.CompleteTiles(frames);
                    int firstPixel = firstRow * info.Width;
                    sums.MomentsInto(mean.AsSpan(firstPixel, rows * info.Width), variance.AsSpan(firstPixel, rows * info.Width));
                }
            }
            catch
            {
                Volatile.Write(ref failed, 1);
                throw;
            }
            finally
            {
                ArrayPool<byte>.Shared.Return(buffer);
            }
        }

        int count = Math.Clamp(workers ?? Environment.ProcessorCount, 1, tiles);
        Task[] helpers = new Task[count - 1];
        for (int i = 0; i < helpers.Length; i++)
        {
            helpers[i] = Task.Factory.StartNew(() => Work(false), CancellationToken.None, TaskCreationOptions.LongRunning, TaskScheduler.Default);
        }

        Exception? first = null;
        try
        {
            Work(progress is not null);
        }
        catch (Exception e)
        {
            first = e;
        }

        foreach (Task helper in helpers)
        {
            try
            {
                helper.GetAwaiter().GetResult();
            }
            catch (Exception e)
            {
                first ??= e;
            }
        }

        if (first is not null)
        {
            ExceptionDispatchInfo.Throw(first);
        }

        return new PixelMaps(info.Width, info.Height, frames, mean, variance);
    }
}
