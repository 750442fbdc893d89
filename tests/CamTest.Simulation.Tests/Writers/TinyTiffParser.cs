using System.Buffers.Binary;
using System.Text;

namespace CamTest.Simulation.Tests.Writers;

/// <summary>
/// A deliberately small, separate reading of the TIFF bytes (little-endian classic and BigTIFF, straight from the
/// TIFF 6.0 and BigTIFF specifications) so the writer is checked by code that shares nothing with it.
/// </summary>
public sealed class TinyTiffParser
{
    private readonly byte[] _bytes;

    public TinyTiffParser(byte[] bytes)
    {
        _bytes = bytes;
        Assert.Equal((byte)'I', bytes[0]);
        Assert.Equal((byte)'I', bytes[1]);
        ushort magic = BinaryPrimitives.ReadUInt16LittleEndian(bytes.AsSpan(2));
        Assert.True(magic is 42 or 43, $"magic {magic}");
        IsBigTiff = magic == 43;
        ulong offset = IsBigTiff ? BinaryPrimitives.ReadUInt64LittleEndian(bytes.AsSpan(8)) : BinaryPrimitives.ReadUInt32LittleEndian(bytes.AsSpan(4));
        var ifds = new List<Dictionary<ushort, (ushort Type, ulong Count, byte[] Value)>>();
        while (offset != 0)
        {
            Assert.True(offset % 2 == 0, "IFDs start on a word boundary");
            ifds.Add(ReadIfd((long)offset, out offset));
        }

        Ifds = ifds;
    }

    public bool IsBigTiff { get; }

    public IReadOnlyList<Dictionary<ushort, (ushort Type, ulong Count, byte[] Value)>> Ifds { get; }

    public ulong Number(int ifd, ushort tag)
    {
        (ushort type, ulong count, byte[] value) = Ifds[ifd][tag];
        Assert.Equal(1UL, count);
        return type switch
        {
            3 => BinaryPrimitives.ReadUInt16LittleEndian(value),
            4 => BinaryPrimitives.ReadUInt32LittleEndian(value),
            16 => BinaryPrimitives.ReadUInt64LittleEndian(value),
            _ => throw new InvalidDataException($"tag {tag} has type {type}"),
        };
    }

    public string Ascii(int ifd, ushort tag)
    {
        (ushort type, _, byte[] value) = Ifds[ifd][tag];
        Assert.Equal(2, type);
        Assert.Equal(0, value[^1]); // NUL-terminated, as TIFF 6.0 requires
        return Encoding.ASCII.GetString(value, 0, value.Length - 1);
    }

    public ushort[] Pixels(int ifd)
    {
        long offset = (long)Number(ifd, 273);
        long length = (long)Number(ifd, 279);
        var pixels = new ushort[length / 2];
        for (int i = 0; i < pixels.Length; i++)
        {
            pixels[i] = BinaryPrimitives.ReadUInt16LittleEndian(_bytes.AsSpan((int)(offset + (2 * i))));
        }

        return pixels;
    }

    private Dictionary<ushort, (ushort, ulong, byte[])> ReadIfd(long at, out ulong next)
    {
        var span = _bytes.AsSpan();
        int entrySize = IsBigTiff ? 20 : 12;
        int inline = IsBigTiff ? 8 : 4;
        ulong count = IsBigTiff ? BinaryPrimitives.ReadUInt64LittleEndian(span[(int)at..]) : BinaryPrimitives.ReadUInt16LittleEndian(span[(int)at..]);
        long entries = at + (IsBigTiff ? 8 : 2);
        var tags = new Dictionary<ushort, (ushort, ulong, byte[])>();
        ushort previous = 0;
        for (int e = 0; e < (int)count; e++)
        {
            int p = (int)(entries + (e * entrySize));
            ushort tag = BinaryPrimitives.ReadUInt16LittleEndian(span[p..]);
            Assert.True(tag > previous, "tags in ascending order");
            previous = tag;
            ushort type = BinaryPrimitives.ReadUInt16LittleEndian(span[(p + 2)..]);
            ulong n = IsBigTiff ? BinaryPrimitives.ReadUInt64LittleEndian(span[(p + 4)..]) : BinaryPrimitives.ReadUInt32LittleEndian(span[(p + 4)..]);
            int size = (int)n * (type switch { 2 => 1, 3 => 2, 4 => 4, 16 => 8, _ => throw new InvalidDataException($"type {type}") });
            int valueAt = p + (IsBigTiff ? 12 : 8);
            int dataAt = size <= inline ? valueAt
                : (int)(IsBigTiff ? BinaryPrimitives.ReadUInt64LittleEndian(span[valueAt..]) : BinaryPrimitives.ReadUInt32LittleEndian(span[valueAt..]));
            tags[tag] = (type, n, span.Slice(dataAt, size).ToArray());
        }

        int nextAt = (int)(entries + ((int)count * entrySize));
        next = IsBigTiff ? BinaryPrimitives.ReadUInt64LittleEndian(span[nextAt..]) : BinaryPrimitives.ReadUInt32LittleEndian(span[nextAt..]);
        return tags;
    }
}
