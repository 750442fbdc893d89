using System.Buffers.Binary;

namespace CamTest.IO.Tests.Tiff;

/// <summary>
/// A little-endian classic TIFF of one uint16 page in strips, every strip pointing at the same bytes, so that a
/// huge declared image costs only its strip tables. Plants forged tag counts and sparse tails for size-limit tests.
/// </summary>
internal static class StripTiff
{
    /// <param name="declaredStrips">The count written in the StripOffsets entry, when it should differ from the table.</param>
    /// <param name="sparseLength">Extends the file (sparsely: no bytes are written) to this length.</param>
    public static void Write(
        string path, int width, int height, ushort compression, int rowsPerStrip, byte[] stripData,
        uint? declaredStrips = null, long sparseLength = 0)
    {
        int strips = (height + rowsPerStrip - 1) / rowsPerStrip;
        const int dataAt = 8;
        int ifdAt = Even(dataAt + stripData.Length);
        const int entryCount = 9;
        int offsetsAt = ifdAt + 2 + (entryCount * 12) + 4;
        int countsAt = offsetsAt + (strips * 4);
        var bytes = new byte[countsAt + (strips * 4)];
        "II*\0"u8.CopyTo(bytes);
        BinaryPrimitives.WriteUInt32LittleEndian(bytes.AsSpan(4), (uint)ifdAt);
        stripData.CopyTo(bytes, dataAt);
        for (int i = 0; i < strips; i++)
        {
            BinaryPrimitives.WriteUInt32LittleEndian(bytes.AsSpan(offsetsAt + (i * 4)), dataAt);
            BinaryPrimitives.WriteUInt32LittleEndian(bytes.AsSpan(countsAt + (i * 4)), (uint)stripData.Length);
        }

        // A single strip's offset and count sit in the entry itself; longer tables are pointed to.
        uint offsetsField = strips == 1 && declaredStrips is null ? dataAt : (uint)offsetsAt;
        uint countsField = strips == 1 ? (uint)stripData.Length : (uint)countsAt;
        (ushort Tag, ushort Type, uint Count, uint Value)[] entries =
        [
            (256, 4, 1, (uint)width), (257, 4, 1, (uint)height), (258, 3, 1, 16), (259, 3, 1, compression), (262, 3, 1, 1),
            (273, 4, declaredStrips ?? (uint)strips, offsetsField), (277, 3, 1, 1), (278, 4, 1, (uint)rowsPerStrip),
            (279, 4, (uint)strips, countsField),
        ];
        Span<byte> ifd = bytes.AsSpan(ifdAt);
        BinaryPrimitives.WriteUInt16LittleEndian(ifd, entryCount);
        for (int i = 0; i < entries.Length; i++)
        {
            Span<byte> e = ifd[(2 + (i * 12))..];
            BinaryPrimitives.WriteUInt16LittleEndian(e, entries[i].Tag);
            BinaryPrimitives.WriteUInt16LittleEndian(e[2..], entries[i].Type);
            BinaryPrimitives.WriteUInt32LittleEndian(e[4..], entries[i].Count);
            if (entries[i].Type == 3)
            {
                BinaryPrimitives.WriteUInt16LittleEndian(e[8..], (ushort)entries[i].Value);
            }
            else
            {
                BinaryPrimitives.WriteUInt32LittleEndian(e[8..], entries[i].Value);
            }
        }

        using var stream = new FileStream(path, FileMode.Create, FileAccess.Write);
        stream.Write(bytes);
        if (sparseLength > stream.Length)
        {
            stream.SetLength(sparseLength);
        }
    }

    private static int Even(int n) => n + (n % 2);
}
