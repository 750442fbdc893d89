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
        (IStackAccumulator[] here, IStackAccumulator[] beside) = Split(accumulators);
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
                int length = pixels.Length;
                bool hasBefore = previous is not null && band.Frame > 0;
                if (beside.Length == 0)
                {
                    AddAll(here, band, pixels, hasBefore ? previous.AsSpan(0, length) : []);
                }
                else
                {
                    AddOnTwoCores(here, beside, band, pixels, hasBefore ? previous : null);
                }

                if (previous is not null && band.Frame + 1 < frames)
                {
                    pixels.CopyTo(previous);
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

    private static void AddAll(IStackAccumulator[] accumulators, FrameBand band, ReadOnlySpan<byte> pixels, ReadOnlySpan<byte> previous)
    {
        foreach (IStackAccumulator accumulator in accumulators)
        {
            accumulator.Add(band, pixels, previous);
        }
    }

    /// <summary>
    /// <paramref name="beside"/> on the thread pool while <paramref name="here"/> run on this thread. The band's span
    /// cannot cross threads, so the pool's share reads it through the pipeline's buffer, which stays untouched until
    /// this band's visit returns, and this call does not return before the pool's share is done.
    /// </summary>
    private static unsafe void AddOnTwoCores(IStackAccumulator[] here, IStackAccumulator[] beside, FrameBand band, ReadOnlySpan<byte> pixels, byte[]? previous)
    {
        int length = pixels.Length;
        fixed (byte* p = pixels)
        {
            nint address = (nint)p;
            Task task = Task.Run(() => AddAll(beside, band, new ReadOnlySpan<byte>((byte*)address, length), previous is null ? [] : previous.AsSpan(0, length)));
            try
            {
                AddAll(here, band, pixels, previous is null ? [] : previous.AsSpan(0, length));
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
