namespace CamTest.Core.Statistics;

/// <summary>
/// One statistic fed by <see cref="StackPass"/>: it sees every band of every frame once, in tile-major order (the
/// same rows of frame 0, 1, ... N-1, then the next rows), so several statistics share one read of the stack.
/// </summary>
public interface IStackAccumulator
{
    /// <summary>True when the accumulator keeps per-pixel state: the pass then uses small tiles so that state stays in cache.</summary>
    bool PerPixel => false;

    /// <summary>True when <see cref="Add"/> needs the same rows of the previous frame (pair differences).</summary>
    bool NeedsPreviousFrame => false;

    /// <summary>
    /// Rough work per band against a one-pass SIMD reduction (1), by which <see cref="StackPass"/> shares the
    /// accumulators between the cores: 2 for a pass over two frames' rows or over per-pixel state.
    /// </summary>
    int Cost => 1;

    /// <summary>
    /// One band: <paramref name="pixels"/> are the rows of <paramref name="band"/> (host byte order, the source's pixel
    /// type); <paramref name="previous"/> the same rows of frame <c>band.Frame - 1</c> (empty for frame 0, or when no
    /// accumulator asked for it). Both spans are valid only during the call.
    /// </summary>
    void Add(FrameBand band, ReadOnlySpan<byte> pixels, ReadOnlySpan<byte> previous);
}
