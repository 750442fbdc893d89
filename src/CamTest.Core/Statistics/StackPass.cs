using CamTest.IO;

namespace CamTest.Core.Statistics;

/// <summary>
/// The one streaming pass over a stack: every statistic (<see cref="IStackAccumulator"/>) is fed from a single read
/// of each band. Bands go tile-major (the same rows of every frame, then the next rows), so per-pixel sums of a tile
/// stay in cache while all frames pass through them. Each read takes the same rows of a few consecutive frames into
/// one buffer (an even number, from an even frame): a pair's two frames (0-1, 2-3, ...) then lie side by side with no
/// copy of the previous frame's rows, per-pixel sums add several frames per visit of their tile, and the hand-offs
/// between the cores are fewer. Reading (one core) overlaps the accumulators (the other) through
/// <see cref="FramePipeline"/>. Memory is two reads' buffers plus what the accumulators keep; it does not grow with
/// the number of frames.
/// </summary>
public static class StackPass
{
    /// <summary>Tile for per-pixel statistics: 64K pixels of 16-bit data, so a tile's exact sums (16 bytes a pixel) stay in L2.</summary>
    public const int PerPixelTileBytes = 128 << 10;

    /// <summary>Frames of a tile read at once for per-pixel statistics: the sums are touched once per 8 frames
    /// (<see cref="PixelSumKernels.AddUInt16Frames"/> keeps a few pixels of every frame in registers), and 8 tiles
    /// (1 MiB) still stay in cache.</summary>
    public const int PerPixelFramesPerRead = 8;

    /// <summary>Frames of a band read at once otherwise: one pair, whose bands (4 MiB each) then need no copy.</summary>
    public const int FramesPerRead = 2;

    public static void Run(
        IFrameSource source,
        IReadOnlyList<IStackAccumulator> accumulators,
        IProgress<double>? progress = null,
        int? tileBytes = null,
        CancellationToken cancellationToken = default)
    {
        StackInfo info = source.Info;
        bool perPixel = accumulators.Any(a => a.PerPixel);
        int bytes = tileBytes ?? (perPixel ? PerPixelTileBytes : FramePipeline.DefaultBandBytes);
        int rowsPerTile = FramePipeline.RowsPerBand(info, bytes);
        if (rowsPerTile == 0)
        {
            return;
        }

        int frames = info.FrameCount;
        int framesPerRead = perPixel ? PerPixelFramesPerRead : FramesPerRead;
        int readsPerTile = (frames + framesPerRead - 1) / framesPerRead;
        int tiles = (info.Height + rowsPerTile - 1) / rowsPerTile;
        (IStackAccumulator[] here, IStackAccumulator[] beside) = Split(accumulators);
        FramePipeline.Run(
            source,
            (long)tiles * readsPerTile,
            index =>
            {
                int firstRow = (int)(index / readsPerTile) * rowsPerTile;
                int firstFrame = (int)(index % readsPerTile) * framesPerRead;
                return new FrameBand(firstFrame, firstRow, Math.Min(rowsPerTile, info.Height - firstRow), Math.Min(framesPerRead, frames - firstFrame));
            },
            (group, pixels) =>
            {
                if (beside.Length == 0)
                {
                    AddAll(here, group, pixels);
                }
                else
                {
                    AddOnTwoCores(here, beside, group, pixels);
                }
            },
            progress,
            cancellationToken);
    }

    /// <summary>
    /// Two groups of accumulators of about equal <see cref="IStackAccumulator.Cost"/>, fed each band at once on the two
    /// cores (the costliest first, each to the lighter group). One accumulator stays on this thread alone.
    /// </summary>
    private static AccumulatorSplit Split(IReadOnlyList<IStackAccumulator> accumulators)
    {
        var here = new List<IStackAccumulator>();
        var beside = new List<IStackAccumulator>();
        int hereCost = 0, besideCost = 0;
        foreach (IStackAccumulator accumulator in accumulators.OrderByDescending(a => a.Cost))
        {
            if (hereCost <= besideCost)
            {
                here.Add(accumulator);
                hereCost += accumulator.Cost;
            }
            else
            {
                beside.Add(accumulator);
                besideCost += accumulator.Cost;
            }
        }

        return new([.. here], [.. beside]);
    }

    private static void AddAll(IStackAccumulator[] accumulators, FrameBand group, ReadOnlySpan<byte> pixels)
    {
        foreach (IStackAccumulator accumulator in accumulators)
        {
            accumulator.AddFrames(group, pixels);
        }
    }

    /// <summary>
    /// <paramref name="beside"/> on the thread pool while <paramref name="here"/> run on this thread. The band's span
    /// cannot cross threads, so the pool's share reads it through the pipeline's buffer, which stays untouched until
    /// this band's visit returns, and this call does not return before the pool's share is done.
    /// </summary>
    private static unsafe void AddOnTwoCores(IStackAccumulator[] here, IStackAccumulator[] beside, FrameBand group, ReadOnlySpan<byte> pixels)
    {
        int length = pixels.Length;
        fixed (byte* p = pixels)
        {
            nint address = (nint)p;
            Task task = Task.Run(() => AddAll(beside, group, new ReadOnlySpan<byte>((byte*)address, length)));
            try
            {
                AddAll(here, group, pixels);
            }
            catch
            {
                // The pool's share must be done with the band before it is released; its own failure is secondary.
                try
                {
                    task.Wait(CancellationToken.None);
                }
                catch (AggregateException)
                {
                }

                throw;
            }

            task.GetAwaiter().GetResult();
        }
    }

    /// <summary>The accumulators that run in the pass's own loop, and those that run beside it.</summary>
    private sealed record AccumulatorSplit(IStackAccumulator[] Here, IStackAccumulator[] Beside);
}
