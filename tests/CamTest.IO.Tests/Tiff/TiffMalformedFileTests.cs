using System.Buffers.Binary;
using CamTest.TestSupport;

namespace CamTest.IO.Tests.Tiff;

/// <summary>Malformed files must end in one <see cref="InvalidInputException"/> that names the problem, never another exception.</summary>
public sealed class TiffMalformedFileTests : IDisposable
{
    private readonly string _folder = TestPaths.NewTempFolder("tiff-malformed");

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Fact]
    public void Reads_the_tiny_writer_s_valid_file()
    {
        TinyPage page = Page(4, 3);
        using IFrameSource source = ImageFile.Open(Save(TinyTiff.Build(page, page)));

        Assert.Equal(2, source.Info.FrameCount);
        Assert.Equal(Enumerable.Range(0, 12).Select(i => (double)i), FrameReading.Frame(source, 1));
    }

    [Fact]
    public void Refuses_truncated_file_whose_strip_lies_beyond_the_end()
    {
        byte[] bytes = TinyTiff.Build(Page(4, 3) with { StripOffset = 5000 });

        AssertRefused(bytes, "beyond the end");
    }

    [Fact]
    public void Refuses_strip_byte_counts_exceeding_the_file()
    {
        byte[] bytes = TinyTiff.Build(Page(4, 3) with { Compression = 8, StripByteCount = 1_000_000 });

        AssertRefused(bytes, "beyond the end");
    }

    [Fact]
    public void Refuses_file_cut_short_of_its_pixel_data()
    {
        byte[] full = TinyTiff.Build(Page(64, 64));
        byte[] cut = full[..(full.Length / 2)];
        BinaryPrimitives.WriteUInt32LittleEndian(cut.AsSpan(4), (uint)(full.Length - 122)); // IFD now past the end

        AssertRefused(cut, "beyond the end");
    }

    [Fact]
    public void Refuses_first_ifd_offset_beyond_the_end()
    {
        AssertRefused(TinyTiff.Build(4_000_000u, Page(4, 3)), "beyond the end");
    }

    [Fact]
    public void Refuses_ifd_chain_that_loops()
    {
        TinyPage[] pages = [Page(4, 3), Page(4, 3)];
        uint first = TinyTiff.IfdOffset(pages, 0);
        pages[1] = pages[1] with { Next = first };

        AssertRefused(TinyTiff.Build(pages), "loops");
    }

    [Fact]
    public void Refuses_ifd_pointing_at_itself()
    {
        TinyPage[] pages = [Page(4, 3)];
        pages[0] = pages[0] with { Next = TinyTiff.IfdOffset(pages, 0) };

        AssertRefused(TinyTiff.Build(pages), "loops");
    }

    [Fact]
    public void Refuses_absurd_entry_count_without_allocating_it()
    {
        AssertRefused(TinyTiff.Build(Page(4, 3) with { EntryCount = 65535 }), "entries");
    }

    [Fact]
    public void Refuses_absurd_width_and_height_before_allocating()
    {
        // 2^31-1 square of uint16 in one Deflate strip of 24 bytes: checked against the file, not allocated.
        TinyPage huge = new(int.MaxValue, int.MaxValue, new byte[24]) { Compression = 8 };

        AssertRefused(TinyTiff.Build(huge), "not a valid size");
    }

    [Fact]
    public void Refuses_large_compressed_strip_that_its_bytes_cannot_hold()
    {
        TinyPage big = new(30_000, 30_000, new byte[24]) { Compression = 8 };

        AssertRefused(TinyTiff.Build(big), "expand");
    }

    [Fact]
    public void Refuses_uncompressed_image_larger_than_the_file()
    {
        TinyPage big = new(100_000, 100_000, new byte[24]);

        AssertRefused(TinyTiff.Build(big), "beyond the end");
    }

    [Fact]
    public void Refuses_forged_strip_offset_count_before_reading_the_table()
    {
        // A sparse 3 GB file whose one-strip page declares 7e8 strip offsets (2.8 GB of LONGs): the count fits the
        // file, so only the layout (one strip) can expose it, and it must before 2.8 GB are allocated.
        string path = Path.Combine(_folder, "forged-count.tif");
        StripTiff.Write(path, 16, 16, compression: 1, rowsPerStrip: 16, stripData: new byte[512], declaredStrips: 700_000_000, sparseLength: 3_000_000_000);

        var error = Assert.Throws<InvalidInputException>(() => ImageFile.Open(path).Dispose());

        Assert.Equal(path, error.FilePath);
        Assert.Contains("lists 700000000 strip offsets", error.Problem, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(7, "JPEG")]
    [InlineData(50000, "Zstandard")]
    [InlineData(34925, "LZMA")]
    [InlineData(4, "CCITT Group 4")]
    public void Refuses_unsupported_compression_by_name(int compression, string name)
    {
        AssertRefused(TinyTiff.Build(Page(4, 3) with { Compression = (ushort)compression }), name);
    }

    [Fact]
    public void Refuses_rgb_with_a_clear_message()
    {
        AssertRefused(TinyTiff.Build(Page(4, 3) with { Samples = 3 }), "samples per pixel");
    }

    [Fact]
    public void Refuses_pages_of_different_sizes_naming_the_page()
    {
        AssertRefused(TinyTiff.Build(Page(4, 3), Page(4, 3), Page(5, 3)), "page 2 is 5x3");
    }

    [Fact]
    public void Refuses_file_too_short_for_a_header()
    {
        AssertRefused("II*\0\u0008"u8.ToArray(), "too short");
    }

    [Fact]
    public void Refuses_garbage_after_a_tiff_signature()
    {
        var random = new Random(7);
        byte[] bytes = new byte[4096];
        random.NextBytes(bytes);
        "II*\0"u8.CopyTo(bytes);
        BinaryPrimitives.WriteUInt32LittleEndian(bytes.AsSpan(4), 100);

        AssertRefused(bytes, "");
    }

    [Fact]
    public void Refuses_corrupted_deflate_stream_when_the_frame_is_read()
    {
        byte[] bytes = File.ReadAllBytes(TestPaths.Fixture("tiff", "deflate_uint16_le.tif"));
        string path = Save(bytes);
        long stripOffset;
        using (IFrameSource probe = ImageFile.Open(path))
        {
            stripOffset = FindZlibHeader(bytes);
        }

        bytes.AsSpan((int)stripOffset + 2, 40).Fill(0xFF);
        path = Save(bytes);
        using IFrameSource source = ImageFile.Open(path);
        var frame = new byte[source.Info.BytesPerFrame];

        InvalidInputException ex = Assert.Throws<InvalidInputException>(() => source.ReadRows(0, 0, source.Info.Height, frame));
        Assert.Contains("corrupt", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Refuses_with_only_invalid_input_errors_when_fixtures_are_corrupted_or_cut()
    {
        // A fuzz over every fixture: single bytes, bursts in the header region, bursts anywhere, and truncations.
        // Opening and reading either works or fails with InvalidInputException; nothing else may escape.
        var random = new Random(1288);
        foreach (string fixture in Directory.GetFiles(TestPaths.Fixture("tiff"), "*.tif"))
        {
            byte[] original = File.ReadAllBytes(fixture);
            for (int trial = 0; trial < 40; trial++)
            {
                byte[] bytes = (byte[])original.Clone();
                int mode = trial % 4;
                if (mode == 3)
                {
                    bytes = bytes[..random.Next(8, bytes.Length)];
                }
                else
                {
                    for (int k = mode == 0 ? 1 : random.Next(2, 16); k > 0; k--)
                    {
                        bytes[random.Next(4, Math.Min(bytes.Length, mode == 1 ? 512 : bytes.Length))] = (byte)random.Next(256);
                    }
                }

                string path = Save(bytes);
                try
                {
                    using IFrameSource source = ImageFile.Open(path);
                    for (int f = 0; f < source.Info.FrameCount; f++)
                    {
                        FrameReading.Frame(source, f);
                    }
                }
                catch (InvalidInputException)
                {
                    // the expected outcome for most corruptions
                }

                File.Delete(path);
            }
        }
    }

    private static TinyPage Page(int width, int height)
    {
        var data = new byte[width * height * 2];
        for (int i = 0; i < width * height; i++)
        {
            BinaryPrimitives.WriteUInt16LittleEndian(data.AsSpan(i * 2), (ushort)i);
        }

        return new TinyPage(width, height, data);
    }

    private static long FindZlibHeader(byte[] bytes)
    {
        for (int i = 8; i < bytes.Length - 1; i++)
        {
            if (bytes[i] == 0x78 && bytes[i + 1] is 0x9C or 0xDA or 0x01 or 0x5E)
            {
                return i;
            }
        }

        throw new InvalidOperationException("no zlib stream in the fixture");
    }

    private string Save(byte[] bytes)
    {
        string path = Path.Combine(_folder, $"{Guid.NewGuid():N}.tif");
        File.WriteAllBytes(path, bytes);
        return path;
    }

    private void AssertRefused(byte[] bytes, string words)
    {
        string path = Save(bytes);
        InvalidInputException ex = Assert.Throws<InvalidInputException>(() =>
        {
            using IFrameSource source = ImageFile.Open(path);
            for (int f = 0; f < source.Info.FrameCount; f++)
            {
                FrameReading.Frame(source, f);
            }
        });
        Assert.Contains(words, ex.Message, StringComparison.Ordinal);
        Assert.StartsWith(path, ex.Message, StringComparison.Ordinal);
    }
}
