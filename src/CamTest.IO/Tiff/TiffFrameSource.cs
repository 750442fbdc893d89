using System.Buffers;

namespace CamTest.IO.Tiff;

/// <summary>
/// Frames of a TIFF stack read on demand. Contiguous uncompressed frames are read with one positional read straight
/// into the caller's buffer; compressed or tiled frames decode only the strips or tiles that cover the requested rows.
/// </summary>
internal sealed class TiffFrameSource : IFrameSource
{
    private readonly TiffFile _file;
    private readonly TiffPageLayout _layout;
    private readonly TiffFrameIndex _index;

    public TiffFrameSource(TiffFile file, TiffPageLayout layout, TiffFrameIndex index, StackInfo info)
    {
        _file = file;
        _layout = layout;
        _index = index;
        Info = info;
    }

    public StackInfo Info { get; }

    public void ReadRows(int frame, int firstRow, int rowCount, Span<byte> destination)
    {
        FrameBounds.Check(Info, frame, firstRow, rowCount, destination.Length);
        if (rowCount == 0)
        {
            return;
        }

        if (_index.IsContiguous)
        {
            _file.ReadPixels(_index.FrameStart(frame) + (firstRow * _layout.RowBytes), destination, frame);
            if (_file.NeedsSwap)
            {
                ByteOrder.Swap(destination, _layout.BytesPerPixel);
            }

            return;
        }

        if (!_layout.Tiled && _layout.Compression == TiffCompression.None)
        {
            ReadUncompressedStrips(frame, firstRow, rowCount, destination);
            return;
        }

        ReadSegments(frame, firstRow, rowCount, destination);
    }

    public void Dispose() => _file.Dispose();

    /// <summary>Strips stored out of order or with gaps: each strip's wanted rows are read straight into place.</summary>
    private void ReadUncompressedStrips(int frame, int firstRow, int rowCount, Span<byte> destination)
    {
        int endRow = firstRow + rowCount;
        long rowBytes = _layout.RowBytes;
        for (int row = firstRow; row < endRow;)
        {
            int strip = row / _layout.SegmentHeight;
            int stripTop = strip * _layout.SegmentHeight;
            int rows = Math.Min(endRow, stripTop + _layout.RowsInSegment(strip)) - row;
            (long offset, _) = _index.Segment(frame, strip);
            Span<byte> target = destination.Slice((int)((row - firstRow) * rowBytes), (int)(rows * rowBytes));
            _file.ReadPixels(offset + ((row - stripTop) * rowBytes), target, frame);
            row += rows;
        }

        if (_file.NeedsSwap)
        {
            ByteOrder.Swap(destination, _layout.BytesPerPixel);
        }
    }

    private void ReadSegments(int frame, int firstRow, int rowCount, Span<byte> destination)
    {
        int segHeight = _layout.SegmentHeight;
        int rowBytes = (int)_layout.RowBytes;
        int bpp = _layout.BytesPerPixel;
        int endRow = firstRow + rowCount;
        byte[] buffer = ArrayPool<byte>.Shared.Rent(_layout.SegmentHeight * _layout.SegmentRowBytes);
        try
        {
            for (int down = firstRow / segHeight; down * (long)segHeight < endRow; down++)
            {
                int segTop = down * segHeight;
                int from = Math.Max(firstRow, segTop);
                int to = Math.Min(endRow, segTop + _layout.RowsInSegment(down));
                for (int across = 0; across < _layout.SegmentsAcross; across++)
                {
                    int index = (down * _layout.SegmentsAcross) + across;
                    (long offset, long count) = _index.Segment(frame, index);
                    Span<byte> segment = buffer.AsSpan(0, (int)_layout.DecodedSegmentBytes(down));
                    TiffSegmentDecoder.Decode(_file, _layout, frame, index, offset, count, segment);

                    int left = across * _layout.SegmentWidth;
                    int copyBytes = Math.Min(_layout.SegmentWidth, _layout.Width - left) * bpp;
                    for (int row = from; row < to; row++)
                    {
                        segment.Slice((row - segTop) * _layout.SegmentRowBytes, copyBytes)
                            .CopyTo(destination.Slice(((row - firstRow) * rowBytes) + (left * bpp), copyBytes));
                    }
                }
            }
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }
    }
}
