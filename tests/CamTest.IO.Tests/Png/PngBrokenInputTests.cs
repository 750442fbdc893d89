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
}
