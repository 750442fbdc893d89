using System.Buffers.Binary;
using CamTest.IO.Png;
using CamTest.TestSupport;

namespace CamTest.IO.Tests.Png;

public class PngBrokenInputTests
{
    [Theory]
    [InlineData("unsupported_rgb.png", "RGB colour; CamTest reads greyscale camera frames only")]
    [InlineData("unsupported_palette.png", "palette colour")]
    [InlineData("unsupported_interlaced.png", "Adam7-interlaced")]
    [InlineData("broken_truncated.png", "the file ends first (truncated file)")]
    [InlineData("broken_garbage.png", "invalid type (damaged file or garbage after the signature)")]
    [InlineData("broken_huge_dimensions.png", "100000 x 100000 pixels")]
    public void Refuses_at_open_with_a_message_naming_the_problem(string fixture, string expectedProblem)
    {
        string path = TestPaths.Fixture("png", fixture);

        var error = Assert.Throws<InvalidInputException>(() => ImageFile.Open(path).Dispose());

        Assert.Contains(expectedProblem, error.Problem, StringComparison.Ordinal);
        Assert.Equal(path, error.FilePath);
    }

    [Theory]
    [InlineData("broken_bad_crc.png", "chunk IDAT at byte")]
    [InlineData("broken_bad_crc.png", "fails its CRC check")]
    [InlineData("broken_corrupt_zlib.png", "compressed image data is corrupt")]
    [InlineData("broken_short_data.png", "image data ends after 5 of 17 rows")]
    public void Refuses_damaged_image_data_when_first_read(string fixture, string expectedProblem)
    {
        string path = TestPaths.Fixture("png", fixture);
        using IFrameSource source = ImageFile.Open(path);
        byte[] frame = new byte[source.Info.BytesPerFrame];

        var error = Assert.Throws<InvalidInputException>(() => source.ReadFrame(0, frame));

        Assert.Contains(expectedProblem, error.Problem, StringComparison.Ordinal);

        // The failure is remembered: a second read reports the same problem rather than garbage.
        var again = Assert.Throws<InvalidInputException>(() => source.ReadFrame(0, frame));
        Assert.Equal(error.Message, again.Message);
    }

    [Fact]
    public void Refuses_image_data_whose_zlib_header_asks_for_a_preset_dictionary()
    {
        // 0x78 0xBB is a zlib header with a valid check (0x78BB is a multiple of 31) and FDICT set, which PNG forbids;
        // the runtime reports it as an IOException rather than InvalidDataException. The chunk CRC is made right,
        // so only the zlib stream is at fault.
        byte[] bytes = File.ReadAllBytes(TestPaths.Fixture("png", "grey8_filters.png"));
        int chunk = 8;
        while (System.Text.Encoding.ASCII.GetString(bytes, chunk + 4, 4) != "IDAT")
        {
            chunk += 12 + (int)BinaryPrimitives.ReadUInt32BigEndian(bytes.AsSpan(chunk));
        }

        int length = (int)BinaryPrimitives.ReadUInt32BigEndian(bytes.AsSpan(chunk));
        bytes[chunk + 8] = 0x78;
        bytes[chunk + 9] = 0xBB;
        uint crc = PngCrc.Finish(PngCrc.Update(PngCrc.Initial, bytes.AsSpan(chunk + 4, 4 + length)));
        BinaryPrimitives.WriteUInt32BigEndian(bytes.AsSpan(chunk + 8 + length), crc);
        string path = Path.Combine(TestPaths.NewTempFolder("png-fdict"), "fdict.png");
        File.WriteAllBytes(path, bytes);
        using IFrameSource source = ImageFile.Open(path);

        var error = Assert.Throws<InvalidInputException>(() => source.ReadFrameAsDouble(0));

        Assert.Equal(path, error.FilePath);
        Assert.Contains("compressed image data is corrupt", error.Problem, StringComparison.Ordinal);
    }
}
