namespace CamTest.Core.Statistics;

/// <summary>
/// One statistic fed by <see cref="StackPass"/>: it sees every band of every frame once, in tile-major order (the
/// same rows of frame 0, 1, ... N-1, then the next rows), so several statistics share one read of the stack.
/// </summary>
public interface IStackAccumulator
{
    /// <summary>True when the accumulator keeps per-pixel state: the pass then uses small tiles so that state stays in cache.</summary>
    bool PerPixel => false;

    /// <summary>
    /// Rough work per band against a one-pass SIMD reduction (1), by which <see cref="StackPass"/> shares the
    /// accumulators between the cores: 2 for a pass over two frames' rows or over per-pixel state.
    /// </summary>
    int Cost => 1;

    /// <summary>
    /// One band: <paramref name="pixels"/> are the rows of <paramref name="band"/> (host byte order, the source's pixel
    /// type); <paramref name="previous"/> the same rows of frame <c>band.Frame - 1</c> when <c>band.Frame</c> is odd,
    /// the second frame of a pair (0-1, 2-3, ...), and possibly empty for an even frame. Both spans are valid only
    /// during the call.
    /// </summary>
    void Add(FrameBand band, ReadOnlySpan<byte> pixels, ReadOnlySpan<byte> previous);

    /// <summary>
    /// The same rows of <c>group.Frames</c> consecutive frames from <c>group.Frame</c> (even), one frame's rows after
    /// another in <paramref name="pixels"/>. By default each frame in turn through <see cref="Add"/>, in frame order;
    /// an accumulator that gains from seeing several frames at once (per-pixel sums) overrides it, with the same result.
    /// </summary>
    void AddFrames(FrameBand group, ReadOnlySpan<byte> pixels)
    {
        int length = pixels.Length / group.Frames;
        for (int k = 0; k < group.Frames; k++)
        {
            Add(
                new FrameBand(group.Frame + k, group.FirstRow, group.RowCount),
                pixels.Slice(k * length, length),
                k == 0 ? [] : pixels.Slice((k - 1) * length, length));
        }
    }
}
