namespace CamTest.IO.Tiff;

/// <summary>
/// Where each frame's pixel data lies. Two shapes keep memory lean for stacks of tens of thousands of pages:
/// contiguous frames (uncompressed strips back to back) need only a start offset each — or just the first offset
/// and a stride when evenly spaced — while other frames keep their strip or tile offsets and byte counts.
/// </summary>
internal sealed class TiffFrameIndex
{
    private readonly long _first;
    private readonly long _stride;
    private readonly long[]? _starts;
    private readonly long[][]? _offsets;
    private readonly long[][]? _counts;

    private TiffFrameIndex(int frameCount, long first, long stride, long[]? starts, long[][]? offsets, long[][]? counts)
    {
        FrameCount = frameCount;
        _first = first;
        _stride = stride;
        _starts = starts;
        _offsets = offsets;
        _counts = counts;
    }

    public int FrameCount { get; }

    /// <summary>True when every frame is one uncompressed block of rows starting at <see cref="FrameStart"/>.</summary>
    public bool IsContiguous => _offsets is null;

    public static TiffFrameIndex Evenly(int frameCount, long first, long stride) => new(frameCount, first, stride, null, null, null);

    public static TiffFrameIndex AtStarts(long[] starts) => new(starts.Length, 0, 0, starts, null, null);

    public static TiffFrameIndex Segmented(long[][] offsets, long[][] counts) => new(offsets.Length, 0, 0, null, offsets, counts);

    public long FrameStart(int frame) => _starts is null ? _first + (frame * _stride) : _starts[frame];

    public (long Offset, long Count) Segment(int frame, int index) => (_offsets![frame][index], _counts![frame][index]);
}
