using System.Buffers;
using CamTest.IO;

namespace CamTest.Core.Statistics;

/// <summary>
/// Streams a stack band by band through a visitor while the next band is being read: two reusable buffers, a
/// thread-pool read filling one while the caller's thread computes on the other. Reading a cached file and a
/// statistics pass each take about one core, so overlapping them is what lets a stack's statistics run near the
/// speed of a plain read on a 2-core machine.
/// </summary>
public static class FramePipeline
{
    /// <summary>Default band size: a few MiB keeps each band in the last-level cache between read and use, while
    /// keeping the per-band hand-off cost small against the copy itself.</summary>
    public const int DefaultBandBytes = 4 << 20;

    /// <summary>Rows per band of about <paramref name="bandBytes"/> (at least one row); 0 for an empty stack.</summary>
    public static int RowsPerBand(StackInfo info, int bandBytes)
    {
        long rowBytes = (long)info.Width * info.BytesPerPixel;
        if (info.FrameCount == 0 || info.Height == 0 || rowBytes == 0)
        {
            return 0;
        }

        if (rowBytes > Array.MaxLength)
        {
            throw new InvalidInputException(info.Path, $"rows of {rowBytes} bytes are wider than CamTest can buffer");
        }

        return (int)Math.Clamp(bandBytes / rowBytes, 1, info.Height);
    }

    /// <summary>
    /// Calls <paramref name="visit"/> for every band of every frame, in order (frame by frame, rows top to bottom).
    /// The span is only valid during the call. Exceptions from the source (e.g. <see cref="InvalidInputException"/>)
    /// and from the visitor propagate unchanged.
    /// </summary>
    public static void Run(
        IFrameSource source,
        FrameBandVisitor visit,
        int bandBytes = DefaultBandBytes,
        IProgress<double>? progress = null,
        CancellationToken cancellationToken = default)
    {
        StackInfo info = source.Info;
        int rowsPerBand = RowsPerBand(info, bandBytes);
        if (rowsPerBand == 0)
        {
            return;
        }

        int bandsPerFrame = (info.Height + rowsPerBand - 1) / rowsPerBand;
        Run(
            source,
            (long)bandsPerFrame * info.FrameCount,
            index =>
            {
                int firstRow = (int)(index % bandsPerFrame) * rowsPerBand;
                return new FrameBand((int)(index / bandsPerFrame), firstRow, Math.Min(rowsPerBand, info.Height - firstRow));
            },
            visit,
            progress,
            cancellationToken);
    }

    /// <summary>
    /// Calls <paramref name="visit"/> for bands <paramref name="bandAt"/>(0) .. (<paramref name="bandCount"/> - 1) in
    /// that order, e.g. band-major (the same rows of every frame, then the next rows) for per-pixel maps. A band of
    /// several <see cref="FrameBand.Frames"/> is read into one buffer, each frame's rows after the last's. Progress
    /// is the fraction of bands done.
    /// </summary>
    public static void Run(
        IFrameSource source,
        long bandCount,
        Func<long, FrameBand> bandAt,
        FrameBandVisitor visit,
        IProgress<double>? progress = null,
        CancellationToken cancellationToken = default)
    {
        if (bandCount == 0)
        {
            return;
        }

        StackInfo info = source.Info;
        long rowBytes = (long)info.Width * info.BytesPerPixel;
        int maxRows = 0;
        for (long i = 0; i < Math.Min(bandCount, 2); i++)
        {
            FrameBand band = bandAt(i);
            maxRows = Math.Max(maxRows, band.RowCount * band.Frames);
        }

        // Bands are allowed to differ in size; the buffers grow if a later band is taller than the first two. They come
        // from the shared pool: an analysis runs a pipeline per stack, and fresh frame-sized buffers each time cost
        // page faults (system time) and garbage.
        byte[][] buffers = [ArrayPool<byte>.Shared.Rent((int)(maxRows * rowBytes)), ArrayPool<byte>.Shared.Rent((int)(maxRows * rowBytes))];
        try
        {
            RunBands(source, bandCount, bandAt, visit, progress, buffers, rowBytes, cancellationToken);
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffers[0]);
            ArrayPool<byte>.Shared.Return(buffers[1]);
        }
    }

    private static void RunBands(
        IFrameSource source,
        long bandCount,
        Func<long, FrameBand> bandAt,
        FrameBandVisitor visit,
        IProgress<double>? progress,
        byte[][] buffers,
        long rowBytes,
        CancellationToken cancellationToken)
    {
        Task StartRead(long index)
        {
            FrameBand band = bandAt(index);
            int length = BandLength(band, rowBytes);
            if (buffers[index % 2].Length < length)
            {
                ArrayPool<byte>.Shared.Return(buffers[index % 2]);
                buffers[index % 2] = ArrayPool<byte>.Shared.Rent(length);
            }

            byte[] buffer = buffers[index % 2];
            return Task.Run(
                () =>
                {
                    int frameLength = length / band.Frames;
                    for (int k = 0; k < band.Frames; k++)
                    {
                        source.ReadRows(band.Frame + k, band.FirstRow, band.RowCount, buffer.AsSpan(k * frameLength, frameLength));
                    }
                },
                cancellationToken);
        }

        Task pending = StartRead(0);
        for (long index = 0; index < bandCount; index++)
        {
            pending.GetAwaiter().GetResult();
            cancellationToken.ThrowIfCancellationRequested();
            Task? next = index + 1 < bandCount ? StartRead(index + 1) : null;
            FrameBand band = bandAt(index);
            try
            {
                visit(band, buffers[index % 2].AsSpan(0, BandLength(band, rowBytes)));
            }
            catch
            {
                // Let the read in flight finish before its buffer is abandoned; its own failure is secondary.
                try
                {
                    next?.Wait(CancellationToken.None);
                }
                catch (AggregateException)
                {
                }

                throw;
            }

            progress?.Report((index + 1.0) / bandCount);

            pending = next ?? Task.CompletedTask;
        }
    }

    /// <summary>Bytes of a band: its rows of each of its frames.</summary>
    private static int BandLength(FrameBand band, long rowBytes) => checked((int)(band.Frames * band.RowCount * rowBytes));
}

/// <summary>Receives one band of pixels (host byte order, the source's pixel type) from <see cref="FramePipeline"/>.</summary>
public delegate void FrameBandVisitor(FrameBand band, ReadOnlySpan<byte> pixels);
