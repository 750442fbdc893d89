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
        long rowBytes = (long)info.Width * info.BytesPerPixel;
        if (info.FrameCount == 0 || info.Height == 0 || rowBytes == 0)
        {
            return;
        }

        if (rowBytes > Array.MaxLength)
        {
            throw new InvalidInputException(info.Path, $"rows of {rowBytes} bytes are wider than CamTest can buffer");
        }

        int rowsPerBand = (int)Math.Clamp(bandBytes / rowBytes, 1, info.Height);
        int bandsPerFrame = (info.Height + rowsPerBand - 1) / rowsPerBand;
        long bandCount = (long)bandsPerFrame * info.FrameCount;
        byte[][] buffers = [new byte[rowsPerBand * rowBytes], new byte[rowsPerBand * rowBytes]];

        FrameBand BandAt(long index)
        {
            int frame = (int)(index / bandsPerFrame);
            int firstRow = (int)(index % bandsPerFrame) * rowsPerBand;
            return new FrameBand(frame, firstRow, Math.Min(rowsPerBand, info.Height - firstRow));
        }

        Task StartRead(long index)
        {
            FrameBand band = BandAt(index);
            byte[] buffer = buffers[index % 2];
            return Task.Run(
                () => source.ReadRows(band.Frame, band.FirstRow, band.RowCount, buffer.AsSpan(0, (int)(band.RowCount * rowBytes))),
                cancellationToken);
        }

        Task pending = StartRead(0);
        for (long index = 0; index < bandCount; index++)
        {
            pending.GetAwaiter().GetResult();
            cancellationToken.ThrowIfCancellationRequested();
            Task? next = index + 1 < bandCount ? StartRead(index + 1) : null;
            FrameBand band = BandAt(index);
            try
            {
                visit(band, buffers[index % 2].AsSpan(0, (int)(band.RowCount * rowBytes)));
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

            if (band.FirstRow + band.RowCount == info.Height)
            {
                progress?.Report((band.Frame + 1.0) / info.FrameCount);
            }

            pending = next ?? Task.CompletedTask;
        }
    }
}

/// <summary>Receives one band of pixels (host byte order, the source's pixel type) from <see cref="FramePipeline"/>.</summary>
public delegate void FrameBandVisitor(FrameBand band, ReadOnlySpan<byte> pixels);
