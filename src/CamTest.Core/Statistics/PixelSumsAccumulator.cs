using CamTest.IO;

namespace CamTest.Core.Statistics;

/// <summary>
/// Per-pixel sums and sums of squares over all frames (<see cref="PixelAccumulator"/>: exact for 8/16-bit data), fed
/// a tile at a time: the tile's sums stay in cache while every frame passes, then move into the whole-frame result.
/// </summary>
public sealed class PixelSumsAccumulator(StackInfo info) : IStackAccumulator
{
    private PixelAccumulator? _tile;

    public bool PerPixel => true;

    /// <summary>The whole frame's per-pixel sums once the pass is done.</summary>
    public PixelAccumulator Result { get; } = new((int)info.PixelsPerFrame, info.PixelType);

    public void Add(FrameBand band, ReadOnlySpan<byte> pixels, ReadOnlySpan<byte> previous)
    {
        if (band.Frame == 0)
        {
            _tile = new PixelAccumulator(band.RowCount * info.Width, info.PixelType);
        }

        _tile!.Add(pixels);
        if (band.Frame == info.FrameCount - 1)
        {
            Result.Place(band.FirstRow * info.Width, _tile);
        }
    }
}
