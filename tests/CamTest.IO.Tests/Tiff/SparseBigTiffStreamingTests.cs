using System.Buffers.Binary;
using System.Runtime.InteropServices;
using CamTest.TestSupport;

namespace CamTest.IO.Tests.Tiff;

/// <summary>
/// Streaming proof: a sparse BigTIFF of about 5.5 GiB (two 16384x16384 uint16 frames of 512 MiB, the second stored
/// beyond 5 GiB, with its IFD and strip tables out there too) is read band by band while the bytes allocated stay
/// tiny compared to the file.
/// </summary>
[Collection(MemoryMeasurementGroup.Name)]
public sealed class SparseBigTiffStreamingTests
{
    private const int Side = 16384;
    private const int RowsPerStrip = 1024;
    private const int Strips = Side / RowsPerStrip;
    private const long FrameBytes = (long)Side * Side * 2;
    private const long Frame0At = 1L << 20;
    private const long Frame1At = (5L << 30) + (1L << 20);

    // Known values planted in the otherwise empty (zero) frames: (frame, row, column, value).
    private static readonly (int Frame, int Row, int Column, ushort Value)[] Planted =
    [
        (0, 0, 0, 1), (0, Side - 1, Side - 1, 65535), (0, 12345, 777, 300),
        (1, 9000, 15000, 4242), (1, Side - 1, Side - 1, 7), (1, 0, 1, 9),
    ];

    [Fact]
    public void Streams_sparse_bigtiff_larger_than_4_gib_without_allocating_per_frame()
    {
        string folder = TestPaths.NewTempFolder("sparse-bigtiff");
        string path = Path.Combine(folder, "sparse.tif");
        try
        {
            WriteSparseBigTiff(path);
            Assert.True(new FileInfo(path).Length > 4L << 30);

            using IFrameSource source = ImageFile.Open(path);
            Assert.Equal("BigTIFF", source.Info.Format);
            Assert.Equal(2, source.Info.FrameCount);
            Assert.Equal(Side, source.Info.Width);

            const int band = 512;
            byte[] buffer = new byte[band * Side * 2];
            var found = new List<(int, int, int, ushort)>();
            long allocatedBefore = GC.GetTotalAllocatedBytes(precise: true);
            for (int frame = 0; frame < 2; frame++)
            {
                for (int row = 0; row < Side; row += band)
                {
                    source.ReadRows(frame, row, band, buffer);
                    ReadOnlySpan<ushort> pixels = MemoryMarshal.Cast<byte, ushort>(buffer);
                    for (int at = pixels.IndexOfAnyExcept((ushort)0); at >= 0;)
                    {
                        found.Add((frame, row + (at / Side), at % Side, pixels[at]));
                        int next = pixels[(at + 1)..].IndexOfAnyExcept((ushort)0);
                        at = next < 0 ? -1 : at + 1 + next;
                    }
                }
            }

            long allocated = GC.GetTotalAllocatedBytes(precise: true) - allocatedBefore;

            Assert.Equal(Planted.OrderBy(p => p).ToArray(), found.OrderBy(p => p).ToArray());
            // 1 GiB of pixels were read from a 5.5 GiB file; the allocations (small strings and the list above) stay far
            // below one band (16 MiB), proving nothing is buffered per frame.
            Assert.True(allocated < 1 << 20, $"allocated {allocated} bytes while streaming {2 * FrameBytes} bytes");
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    private static void WriteSparseBigTiff(string path)
    {
        using var stream = new FileStream(path, FileMode.CreateNew, FileAccess.Write);
        long ifd1At = Frame1At + FrameBytes + 4096;
        stream.SetLength(ifd1At + 4096);

        byte[] header = new byte[16];
        "II"u8.CopyTo(header);
        BinaryPrimitives.WriteUInt16LittleEndian(header.AsSpan(2), 43);
        BinaryPrimitives.WriteUInt16LittleEndian(header.AsSpan(4), 8);
        BinaryPrimitives.WriteUInt64LittleEndian(header.AsSpan(8), 16);
        WriteAt(stream, 0, header);
        WriteIfd(stream, 16, Frame0At, next: ifd1At);
        WriteIfd(stream, ifd1At, Frame1At, next: 0);

        foreach ((int frame, int row, int column, ushort value) in Planted)
        {
            byte[] pixel = new byte[2];
            BinaryPrimitives.WriteUInt16LittleEndian(pixel, value);
            WriteAt(stream, (frame == 0 ? Frame0At : Frame1At) + ((((long)row * Side) + column) * 2), pixel);
        }
    }

    /// <summary>A BigTIFF IFD of 9 entries followed by its strip offset and byte count arrays (LONG8).</summary>
    private static void WriteIfd(FileStream stream, long at, long dataAt, long next)
    {
        const int entryCount = 9;
        long arraysAt = at + 8 + (entryCount * 20) + 8;
        var ifd = new byte[8 + (entryCount * 20) + 8 + (Strips * 16)];
        BinaryPrimitives.WriteUInt64LittleEndian(ifd, entryCount);
        (ushort Tag, ushort Type, long Count, long Value)[] entries =
        [
            (256, 4, 1, Side), (257, 4, 1, Side), (258, 3, 1, 16), (259, 3, 1, 1), (262, 3, 1, 1),
            (273, 16, Strips, arraysAt), (277, 3, 1, 1), (278, 4, 1, RowsPerStrip), (279, 16, Strips, arraysAt + (Strips * 8)),
        ];
        for (int i = 0; i < entryCount; i++)
        {
            Span<byte> e = ifd.AsSpan(8 + (i * 20), 20);
            BinaryPrimitives.WriteUInt16LittleEndian(e, entries[i].Tag);
            BinaryPrimitives.WriteUInt16LittleEndian(e[2..], entries[i].Type);
            BinaryPrimitives.WriteUInt64LittleEndian(e[4..], (ulong)entries[i].Count);
            BinaryPrimitives.WriteUInt64LittleEndian(e[12..], (ulong)entries[i].Value);
        }

        BinaryPrimitives.WriteUInt64LittleEndian(ifd.AsSpan(8 + (entryCount * 20)), (ulong)next);
        long stripBytes = (long)RowsPerStrip * Side * 2;
        for (int s = 0; s < Strips; s++)
        {
            int a = (int)(arraysAt - at) + (s * 8);
            BinaryPrimitives.WriteUInt64LittleEndian(ifd.AsSpan(a), (ulong)(dataAt + (s * stripBytes)));
            BinaryPrimitives.WriteUInt64LittleEndian(ifd.AsSpan(a + (Strips * 8)), (ulong)stripBytes);
        }

        WriteAt(stream, at, ifd);
    }

    private static void WriteAt(FileStream stream, long offset, byte[] bytes)
    {
        stream.Seek(offset, SeekOrigin.Begin);
        stream.Write(bytes);
    }
}
