using CamTest.IO;

namespace CamTest.Cli.Commands;

/// <summary>The stack <c>camtest bin</c> makes from a source: its size, the widened pixel type and the frames.</summary>
public sealed record BinnedFrames(StackInfo Source, int Factor, PixelType PixelType)
{
    public int Width => Source.Width / Factor;

    public int Height => Source.Height / Factor;

    public int Frames => Source.FrameCount;

    public long BytesPerFrame => (long)Width * Height * PixelType.BytesPerPixel();

    public int DroppedColumns => Source.Width - (Width * Factor);

    public int DroppedRows => Source.Height - (Height * Factor);

    /// <summary>One sentence saying what the file holds, for the OME description and the summary.</summary>
    public string Description =>
        $"camtest bin: sums of {Factor}x{Factor} pixel blocks of {Path.GetFileName(Source.Path)} ({Source.Width}x{Source.Height} -> {Width}x{Height}, " +
        $"{Source.PixelType.ToString().ToLowerInvariant()} summed as {PixelType.ToString().ToLowerInvariant()})";
}
