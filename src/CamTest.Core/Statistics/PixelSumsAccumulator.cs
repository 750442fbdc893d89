using CamTest.IO;

namespace CamTest.Core.Statistics;

/// <summary>
/// Per-pixel sums and sums of squares over all frames (<see cref="PixelAccumulator"/>: exact for 8/16-bit data), fed
/// a tile at a time: the tile's slice of the sums stays in cache while every frame passes through it.
/// </summary>
public sealed class PixelSumsAccumulator(StackInfo info) : IStackAccumulator
{
    public bool PerPixel => true;

    /// <summary>Each pixel's sum and sum of squares read and written back for every frame.</summary>
    public int Cost => 2;

    /// <summary>The whole frame's per-pixel sums once the pass is done.</summary>
    public PixelAccumulator Result { get; } = new((int)info.PixelsPerFrame, info.PixelType);

    public void Add(FrameBand band, ReadOnlySpan<byte> pixels, ReadOnlySpan<byte> previous)
    {
        Result.AddTile(band.FirstRow * info.Width, pixels, band.Frame);
        if (band.Frame == info.FrameCount - 1 && band.FirstRow + band.RowCount == info.Height)
        {
            Result.CompleteTiles(info.FrameCount);
        }
    }
}
