using System.Buffers.Binary;
using System.Text;

namespace CamTest.IO.Writers;

/// <summary>
/// Lays out one little-endian IFD (classic or BigTIFF) followed by its out-of-line values, at a known file offset.
/// Entries must be added in ascending tag order, as TIFF requires.
/// </summary>
internal sealed class TiffIfdBuilder
{
    private const ushort TypeAscii = 2;
    private const ushort TypeShort = 3;
    private const ushort TypeLong = 4;
    private const ushort TypeLong8 = 16;

    private readonly bool _big;
    private readonly List<(ushort Tag, ushort Type, long Count, byte[] Value)> _entries = [];

    public TiffIfdBuilder(bool bigTiff) => _big = bigTiff;

    public void AddShort(ushort tag, ushort value) => Add(tag, TypeShort, 1, BitConverter.GetBytes(value));

    public void AddLong(ushort tag, uint value) => Add(tag, TypeLong, 1, BitConverter.GetBytes(value));

    /// <summary>An offset or byte count: LONG in classic TIFF, LONG8 in BigTIFF.</summary>
    public void AddOffset(ushort tag, long value)
    {
        if (_big)
        {
            Add(tag, TypeLong8, 1, BitConverter.GetBytes((ulong)value));
        }
        else
        {
            Add(tag, TypeLong, 1, BitConverter.GetBytes(checked((uint)value)));
        }
    }

    /// <summary>An ASCII value, NUL-terminated as the TIFF specification requires.</summary>
    public void AddAscii(ushort tag, string text)
    {
        byte[] bytes = new byte[Encoding.ASCII.GetByteCount(text) + 1];
        Encoding.ASCII.GetBytes(text, bytes);
        Add(tag, TypeAscii, bytes.Length, bytes);
    }

    /// <summary>The bytes of the IFD placed at <paramref name="position"/>, out-of-line values after it, padded to 8 bytes.</summary>
    public byte[] Build(long position, long nextIfdOffset)
    {
        int inlineSize = _big ? 8 : 4;
        int entrySize = _big ? 20 : 12;
        int countSize = _big ? 8 : 2;
        int headSize = countSize + (_entries.Count * entrySize) + inlineSize;
        long outOfLine = _entries.Where(e => e.Value.Length > inlineSize).Sum(e => (long)Pad2(e.Value.Length));
        byte[] block = new byte[Pad8(headSize + outOfLine)];
        Span<byte> span = block;
        int at = 0;
        at += WriteCount(span[at..], _entries.Count);
        long dataAt = headSize;
        foreach ((ushort tag, ushort type, long count, byte[] value) in _entries)
        {
            BinaryPrimitives.WriteUInt16LittleEndian(span[at..], tag);
            BinaryPrimitives.WriteUInt16LittleEndian(span[(at + 2)..], type);
            at += 4;
            at += WriteCount(span[at..], count, wide: true);
            if (value.Length <= inlineSize)
            {
                value.CopyTo(span[at..]);
            }
            else
            {
                value.CopyTo(span[(int)dataAt..]);
                WriteOffset(span[at..], position + dataAt);
                dataAt += Pad2(value.Length);
            }

            at += inlineSize;
        }

        WriteOffset(span[at..], nextIfdOffset);
        return block;
    }

    private void Add(ushort tag, ushort type, long count, byte[] value)
    {
        if (_entries.Count > 0 && _entries[^1].Tag >= tag)
        {
            throw new InvalidOperationException($"TIFF tags must be added in ascending order ({tag} after {_entries[^1].Tag})");
        }

        _entries.Add((tag, type, count, value));
    }

    private int WriteCount(Span<byte> span, long count, bool wide = false)
    {
        if (_big)
        {
            BinaryPrimitives.WriteUInt64LittleEndian(span, (ulong)count);
            return 8;
        }

        if (wide)
        {
            BinaryPrimitives.WriteUInt32LittleEndian(span, checked((uint)count));
            return 4;
        }

        BinaryPrimitives.WriteUInt16LittleEndian(span, checked((ushort)count));
        return 2;
    }

    private void WriteOffset(Span<byte> span, long offset)
    {
        if (_big)
        {
            BinaryPrimitives.WriteUInt64LittleEndian(span, (ulong)offset);
        }
        else
        {
            BinaryPrimitives.WriteUInt32LittleEndian(span, checked((uint)offset));
        }
    }

    private static long Pad2(long length) => (length + 1) & ~1L;

    private static long Pad8(long length) => (length + 7) & ~7L;
}
