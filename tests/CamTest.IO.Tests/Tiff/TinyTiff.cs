using System.Buffers.Binary;

namespace CamTest.IO.Tests.Tiff;

/// <summary>One page for <see cref="TinyTiff"/>; the overrides plant specific defects.</summary>
internal sealed record TinyPage(int Width, int Height, byte[] Data)
{
    public ushort Bits { get; init; } = 16;

    public ushort Compression { get; init; } = 1;

    public ushort Samples { get; init; } = 1;

    public uint? StripOffset { get; init; }

    public uint? StripByteCount { get; init; }

    public uint? Next { get; init; }

    public ushort? EntryCount { get; init; }

    /// <summary>An ImageDescription (tag 270), stored before the pixel data.</summary>
    public string? Description { get; init; }

    /// <summary>A Predictor tag (317) when set.</summary>
    public ushort? Predictor { get; init; }
}

/// <summary>
/// A hand-rolled little-endian classic TIFF writer for malformed-file tests: one strip per page, pixel data
/// followed by its IFD, everything explicit so each test can plant exactly one defect.
/// </summary>
internal static class TinyTiff
{
    public static byte[] Build(params TinyPage[] pages) => Build(null, pages);

    public static byte[] Build(uint? firstIfd, params TinyPage[] pages)
    {
        using var stream = new MemoryStream();
        stream.Write("II*\0"u8);
        stream.Write(new byte[4]);
        var ifds = new List<long>();
        var nextFields = new List<long>();
        foreach (TinyPage page in pages)
        {
            long descriptionAt = stream.Position;
            byte[] description = page.Description is null ? [] : [.. System.Text.Encoding.UTF8.GetBytes(page.Description), 0];
            stream.Write(description);
            long dataAt = stream.Position;
            stream.Write(page.Data);
            if (stream.Position % 2 == 1)
            {
                stream.WriteByte(0);
            }

            ifds.Add(stream.Position);
            List<(ushort Tag, ushort Type, uint Count, uint Value)> entries =
            [
                (256, 4, 1, (uint)page.Width), (257, 4, 1, (uint)page.Height), (258, 3, 1, page.Bits), (259, 3, 1, page.Compression),
                (262, 3, 1, 1), (273, 4, 1, page.StripOffset ?? (uint)dataAt), (277, 3, 1, page.Samples), (278, 4, 1, (uint)page.Height),
                (279, 4, 1, page.StripByteCount ?? (uint)page.Data.Length),
            ];
            if (description.Length > 0)
            {
                entries.Add((270, 2, (uint)description.Length, (uint)descriptionAt));
            }

            if (page.Predictor is ushort predictor)
            {
                entries.Add((317, 3, 1, predictor));
            }

            entries.Sort((a, b) => a.Tag.CompareTo(b.Tag));
            Write16(stream, page.EntryCount ?? (ushort)entries.Count);
            foreach ((ushort tag, ushort type, uint count, uint value) in entries)
            {
                Write16(stream, tag);
                Write16(stream, type);
                Write32(stream, count);
                if (type == 3)
                {
                    Write16(stream, (ushort)value);
                    Write16(stream, 0);
                }
                else
                {
                    Write32(stream, value);
                }
            }

            nextFields.Add(stream.Position);
            Write32(stream, 0);
        }

        byte[] bytes = stream.ToArray();
        BinaryPrimitives.WriteUInt32LittleEndian(bytes.AsSpan(4), firstIfd ?? (uint)ifds[0]);
        for (int i = 0; i < pages.Length; i++)
        {
            uint next = pages[i].Next ?? (i + 1 < pages.Length ? (uint)ifds[i + 1] : 0u);
            BinaryPrimitives.WriteUInt32LittleEndian(bytes.AsSpan((int)nextFields[i]), next);
        }

        return bytes;
    }

    /// <summary>The offset of page <paramref name="index"/>'s IFD in a file built from <paramref name="pages"/> (no descriptions or predictors).</summary>
    public static uint IfdOffset(TinyPage[] pages, int index)
    {
        long position = 8;
        for (int i = 0; i <= index; i++)
        {
            position += pages[i].Data.Length + (pages[i].Data.Length % 2);
            if (i < index)
            {
                position += 2 + (9 * 12) + 4;
            }
        }

        return (uint)position;
    }

    private static void Write16(Stream s, ushort v)
    {
        Span<byte> b = stackalloc byte[2];
        BinaryPrimitives.WriteUInt16LittleEndian(b, v);
        s.Write(b);
    }

    private static void Write32(Stream s, uint v)
    {
        Span<byte> b = stackalloc byte[4];
        BinaryPrimitives.WriteUInt32LittleEndian(b, v);
        s.Write(b);
    }
}
