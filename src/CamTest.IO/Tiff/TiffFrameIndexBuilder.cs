namespace CamTest.IO.Tiff;

/// <summary>
/// Collects and validates each page's strip or tile offsets while the IFD chain is walked, keeping only start
/// offsets while every page is contiguous and falling back to full segment tables when one is not.
/// </summary>
internal sealed class TiffFrameIndexBuilder
{
    /// <summary>Largest decoded-to-compressed size ratio accepted; LZW on constant data stays below ~2,700.</summary>
    private const long MaxCompressionRatio = 4096;

    private readonly TiffFile _file;
    private readonly TiffPageLayout _layout;
    private readonly List<long> _starts = [];
    private List<long[]>? _offsets;
    private List<long[]>? _counts;

    public TiffFrameIndexBuilder(TiffFile file, TiffPageLayout layout)
    {
        _file = file;
        _layout = layout;
    }

    public int Count => _offsets?.Count ?? _starts.Count;

    /// <summary>Refuses offset and byte-count tables whose lengths do not fit the layout's segment grid.</summary>
    public void CheckTableLengths(int page, long offsetCount, long byteCountCount)
    {
        string kind = _layout.Tiled ? "tile" : "strip";
        if (offsetCount != _layout.SegmentCount)
        {
            throw _file.Fail($"page {page} lists {offsetCount} {kind} offsets, but a {_layout.Width}x{_layout.Height} image in {_layout.SegmentWidth}x{_layout.SegmentHeight} {kind}s needs {_layout.SegmentCount} (corrupt)");
        }

        bool uncompressed = _layout.Compression == TiffCompression.None;
        if (byteCountCount != offsetCount && !(uncompressed && byteCountCount == 0))
        {
            throw _file.Fail($"page {page} lists {byteCountCount} {kind} byte counts for {offsetCount} {kind}s (corrupt)");
        }
    }

    public void Add(int page, long[] offsets, long[] counts)
    {
        CheckTableLengths(page, offsets.Length, counts.Length);
        string kind = _layout.Tiled ? "tile" : "strip";
        bool uncompressed = _layout.Compression == TiffCompression.None;

        var effective = new long[offsets.Length];
        bool contiguous = uncompressed && !_layout.Tiled;
        for (int i = 0; i < offsets.Length; i++)
        {
            long decoded = _layout.DecodedSegmentBytes(i / _layout.SegmentsAcross);
            long count = uncompressed ? decoded : counts[i];
            if (offsets[i] < 0 || count < 0 || offsets[i] > _file.Length || count > _file.Length - offsets[i])
            {
                throw _file.Fail($"{kind} {i} of page {page} declares {count} bytes at byte {offsets[i]}, beyond the end of the {_file.Length}-byte file (truncated)");
            }

            if (!uncompressed && count > Array.MaxLength)
            {
                throw _file.Fail($"{kind} {i} of page {page} holds {count} compressed bytes, more than one {kind} can be decoded from (over 2 GB)");
            }

            if (!uncompressed && count * MaxCompressionRatio < decoded)
            {
                throw _file.Fail($"{kind} {i} of page {page} claims {count} compressed bytes expand to {decoded} (corrupt size or byte count)");
            }

            effective[i] = count;
            contiguous &= i == 0 || offsets[i] == offsets[i - 1] + effective[i - 1];
        }

        AddValidated(offsets, effective, contiguous);
    }

    public TiffFrameIndex Build()
    {
        if (_offsets is not null)
        {
            return TiffFrameIndex.Segmented([.. _offsets], [.. _counts!]);
        }

        long stride = _starts.Count > 1 ? _starts[1] - _starts[0] : 0;
        for (int i = 2; i < _starts.Count; i++)
        {
            if (_starts[i] - _starts[i - 1] != stride)
            {
                return TiffFrameIndex.AtStarts([.. _starts]);
            }
        }

        return TiffFrameIndex.Evenly(_starts.Count, _starts.Count > 0 ? _starts[0] : 0, stride);
    }

    private void AddValidated(long[] offsets, long[] counts, bool contiguous)
    {
        if (contiguous && _offsets is null)
        {
            _starts.Add(offsets[0]);
            return;
        }

        if (_offsets is null)
        {
            // First non-contiguous page: expand the earlier pages' starts into full strip tables.
            _offsets = [];
            _counts = [];
            foreach (long start in _starts)
            {
                (long[] o, long[] c) = ContiguousStrips(start);
                _offsets.Add(o);
                _counts.Add(c);
            }

            _starts.Clear();
        }

        if (contiguous && offsets.Length != _layout.SegmentCount)
        {
            (offsets, counts) = ContiguousStrips(offsets[0]);
        }

        _offsets.Add(offsets);
        _counts!.Add(counts);
    }

    private (long[] Offsets, long[] Counts) ContiguousStrips(long start)
    {
        long n = _layout.SegmentCount;
        var offsets = new long[n];
        var counts = new long[n];
        for (int i = 0; i < n; i++)
        {
            offsets[i] = start;
            counts[i] = _layout.DecodedSegmentBytes(i);
            start += counts[i];
        }

        return (offsets, counts);
    }
}
