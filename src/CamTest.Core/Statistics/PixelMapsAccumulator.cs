using CamTest.IO;

namespace CamTest.Core.Statistics;

/// <summary>
/// Per-pixel mean and sample variance maps of a stack, fed a tile at a time by <see cref="StackPass"/> (tile-major):
/// the tile's sums (<see cref="PixelAccumulator"/>: exact for 8/16-bit data) stay in cache while every frame passes
/// through them, several frames at a time, and the tile's mean and variance are written into the maps as soon as its
/// last frame is in. The sums exist for one tile only, never for the whole frame: the maps are all that is kept,
/// computed by the same rule as <see cref="PixelAccumulator.MeanMap"/> and <see cref="PixelAccumulator.VarianceMap"/>.
/// </summary>
public sealed class PixelMapsAccumulator : IStackAccumulator
{
    private readonly StackInfo _info;
    private readonly double[] _mean;
    private readonly double[] _variance;
    private PixelAccumulator? _tile;

    public PixelMapsAccumulator(StackInfo info)
    {
        _info = info;
        int pixels = checked((int)info.PixelsPerFrame);
        _mean = PixelMapMemory.Doubles(pixels);
        _variance = PixelMapMemory.Doubles(pixels);
        if (info.FrameCount == 0)
        {
            // No frames, no pass: NaN maps (zeros would read as a perfect camera).
            Array.Fill(_mean, double.NaN);
            Array.Fill(_variance, double.NaN);
        }
    }

    public bool PerPixel => true;

    /// <summary>Each pixel's sum and sum of squares read and written back for every few frames.</summary>
    public int Cost => 2;

    /// <summary>The maps, complete once the pass is done.</summary>
    public PixelMaps Result => new(_info.Width, _info.Height, _info.FrameCount, _mean, _variance);

    public void Add(FrameBand band, ReadOnlySpan<byte> pixels, ReadOnlySpan<byte> previous) =>
        AddFrames(band with { Frames = 1 }, pixels);

    public void AddFrames(FrameBand group, ReadOnlySpan<byte> pixels)
    {
        int count = group.RowCount * _info.Width;
        // The first tile is the tallest (only the last may be cut short), so its sums serve every tile.
        _tile ??= new PixelAccumulator(count, _info.PixelType);
        if (group.Frame == 0)
        {
            _tile.Clear();
        }

        _tile.AddTiles(0, pixels, group.Frames, group.Frame);
        if (group.Frame + group.Frames == _info.FrameCount)
        {
            _tile.CompleteTiles(_info.FrameCount);
            int firstPixel = group.FirstRow * _info.Width;
            _tile.MomentsInto(_mean.AsSpan(firstPixel, count), _variance.AsSpan(firstPixel, count));
        }
    }
}
