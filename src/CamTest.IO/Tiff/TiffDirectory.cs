using System.Text;

namespace CamTest.IO.Tiff;

/// <summary>
/// One image file directory (IFD): its raw entries, read in one piece, with typed access to the values of the tags
/// this reader needs. Values stored outside the entry are read on request, after checking they lie inside the file.
/// </summary>
internal sealed class TiffDirectory
{
    private const int MaxTextBytes = 64 << 20;

    private readonly TiffFile _file;
    private readonly byte[] _entries;
    private readonly Dictionary<ushort, int> _index;

    private TiffDirectory(TiffFile file, long offset, byte[] entries, Dictionary<ushort, int> index, long next)
    {
        _file = file;
        Offset = offset;
        _entries = entries;
        _index = index;
        NextOffset = next;
    }

    /// <summary>Where this IFD starts in the file.</summary>
    public long Offset { get; }

    /// <summary>The next IFD's offset, 0 at the end of the chain.</summary>
    public long NextOffset { get; }

    private int EntrySize => _file.BigTiff ? 20 : 12;

    public static TiffDirectory Read(TiffFile file, long offset, int page)
    {
        int countSize = file.BigTiff ? 8 : 2;
        int entrySize = file.BigTiff ? 20 : 12;

        // One read usually covers the whole IFD (a camera page has 10-30 entries); a second only for larger ones.
        Span<byte> head = stackalloc byte[1024];
        int headLength = (int)Math.Min(head.Length, Math.Max(0, file.Length - offset));
        file.ReadExactly(offset, head[..Math.Max(headLength, countSize)], $"the directory (IFD) of page {page}");
        ulong count = file.BigTiff ? file.UInt64(head) : file.UInt16(head);

        // The entry count comes from the file: check it against what the file can hold before allocating.
        if (count == 0 || count > (ulong)((file.Length - offset - countSize) / entrySize) || count > 100_000)
        {
            throw file.Fail($"the directory (IFD) of page {page} at byte {offset} declares {count} entries, which the file cannot hold (corrupt)");
        }

        byte[] entries = new byte[((int)count * entrySize) + file.OffsetSize];
        if (countSize + entries.Length <= headLength)
        {
            head.Slice(countSize, entries.Length).CopyTo(entries);
        }
        else
        {
            file.ReadExactly(offset + countSize, entries, $"the directory (IFD) of page {page}");
        }

        var index = new Dictionary<ushort, int>((int)count);
        for (int i = 0; i < (int)count; i++)
        {
            index.TryAdd(file.UInt16(entries.AsSpan(i * entrySize)), i * entrySize);
        }

        long next = file.Offset(entries.AsSpan((int)count * entrySize));
        return new TiffDirectory(file, offset, entries, index, next);
    }

    public bool Has(ushort tag) => _index.ContainsKey(tag);

    /// <summary>How many values the entry of <paramref name="tag"/> declares (0 when absent), without reading them.</summary>
    public long ValueCount(ushort tag) => _index.TryGetValue(tag, out int at) ? TypeAndCount(at).Count : 0;

    /// <summary>The first value of an integer tag, or <paramref name="fallback"/> when absent.</summary>
    public long Integer(ushort tag, long fallback)
    {
        if (!_index.ContainsKey(tag))
        {
            return fallback;
        }

        long[] values = Integers(tag, 1);
        return values.Length > 0 ? values[0] : fallback;
    }

    /// <summary>All values of an integer tag (BYTE, SHORT, LONG, LONG8 and signed kinds), up to <paramref name="max"/>.</summary>
    public long[] Integers(ushort tag, long max = long.MaxValue)
    {
        if (!_index.TryGetValue(tag, out int at))
        {
            return [];
        }

        (int type, long count) = TypeAndCount(at);
        int size = type switch
        {
            1 or 6 or 7 => 1,
            3 or 8 => 2,
            4 or 9 or 13 => 4,
            16 or 17 or 18 => 8,
            _ => throw _file.Fail($"tag {tag} has type {type}, not an integer type (corrupt)"),
        };
        if (count > _file.Length / size)
        {
            throw _file.Fail($"tag {tag} declares {count} values, more than the {_file.Length}-byte file can hold (corrupt)");
        }

        long n = Math.Min(count, max);
        byte[] raw = ValueBytes(tag, at, size, count, n * size);
        var values = new long[n];
        for (int i = 0; i < n; i++)
        {
            ReadOnlySpan<byte> b = raw.AsSpan(i * size, size);
            values[i] = type switch
            {
                1 or 7 => b[0],
                6 => (sbyte)b[0],
                3 => _file.UInt16(b),
                8 => (short)_file.UInt16(b),
                4 or 13 => _file.UInt32(b),
                9 => (int)_file.UInt32(b),
                _ => (long)Math.Min(_file.UInt64(b), long.MaxValue),
            };
        }

        return values;
    }

    /// <summary>The raw bytes of a BYTE/UNDEFINED tag (at most 64 MiB), or null when absent.</summary>
    public byte[]? Bytes(ushort tag)
    {
        if (!_index.TryGetValue(tag, out int at))
        {
            return null;
        }

        (int type, long count) = TypeAndCount(at);
        if (type is not (1 or 7) || count > MaxTextBytes)
        {
            return null;
        }

        return ValueBytes(tag, at, 1, count, count);
    }

    /// <summary>A text tag (ASCII, or UNDEFINED/BYTE holding UTF-8) without trailing NULs, or null when absent.</summary>
    public string? Text(ushort tag)
    {
        if (!_index.TryGetValue(tag, out int at))
        {
            return null;
        }

        (_, long count) = TypeAndCount(at);
        if (count > MaxTextBytes)
        {
            throw _file.Fail($"text tag {tag} declares {count} bytes, more than the {MaxTextBytes >> 20} MiB a metadata text may hold (corrupt)");
        }

        byte[] raw = ValueBytes(tag, at, 1, count, count);
        return Encoding.UTF8.GetString(raw).TrimEnd('\0');
    }

    private (int Type, long Count) TypeAndCount(int at)
    {
        ReadOnlySpan<byte> e = _entries.AsSpan(at, EntrySize);
        int type = _file.UInt16(e[2..]);
        ulong count = _file.BigTiff ? _file.UInt64(e[4..]) : _file.UInt32(e[4..]);
        return (type, count > long.MaxValue ? long.MaxValue : (long)count);
    }

    private byte[] ValueBytes(ushort tag, int at, int size, long count, long wanted)
    {
        int fieldAt = at + (_file.BigTiff ? 12 : 8);
        bool inline = count <= _file.OffsetSize / size;
        if (inline)
        {
            return _entries.AsSpan(fieldAt, (int)wanted).ToArray();
        }

        if (wanted > Array.MaxLength)
        {
            throw _file.Fail($"tag {tag} declares {count} values ({wanted} bytes), more than one array can hold (corrupt)");
        }

        long offset = _file.Offset(_entries.AsSpan(fieldAt));
        if (wanted < 0 || wanted > _file.Length || offset > _file.Length - wanted)
        {
            throw _file.Fail($"tag {tag} declares {count} values at byte {offset}, beyond the end of the {_file.Length}-byte file (truncated or corrupt)");
        }

        byte[] raw = new byte[wanted];
        _file.ReadExactly(offset, raw, $"the values of tag {tag}");
        return raw;
    }
}
