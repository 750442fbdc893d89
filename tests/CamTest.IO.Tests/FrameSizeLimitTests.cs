using CamTest.IO.Tests.Tiff;
using CamTest.TestSupport;

namespace CamTest.IO.Tests;

/// <summary>
/// Frames too large for one buffer (over <see cref="Array.MaxLength"/> bytes) are refused at open, whatever the
/// format, rather than overflowing on the first whole-frame read. The large files are sparse: no test writes gigabytes.
/// </summary>
public sealed class FrameSizeLimitTests : IDisposable
{
    private readonly string _folder = TestPaths.NewTempFolder("frame-size-limit");

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Fact]
    public void Refuses_lzw_tiff_declaring_a_frame_too_large_to_buffer()
    {
        // 60000 one-row strips share 30 bytes of LZW (30 x 4096 >= 120000 decoded bytes, so each passes the ratio
        // check): a 480 KB file promising 7.2 GB frames.
        string path = Path.Combine(_folder, "huge.tif");
        StripTiff.Write(path, 60_000, 60_000, compression: 5, rowsPerStrip: 1, stripData: new byte[30]);

        AssertRefusedAtOpen(path, () => ImageFile.Open(path), "60000 x 60000 UInt16");
    }

    [Fact]
    public void Refuses_raw_layout_whose_frame_is_too_large_to_buffer()
    {
        // One 40000 x 40000 uint16 frame (3.2 GB) fills the file exactly, so only the frame size is wrong.
        string path = Path.Combine(_folder, "huge.raw");
        using (var stream = new FileStream(path, FileMode.Create, FileAccess.Write))
        {
            stream.SetLength(40_000L * 40_000 * 2);
        }

        AssertRefusedAtOpen(path, () => ImageFile.Open(path, new RawLayout(40_000, 40_000, PixelType.UInt16)), "40000 x 40000 UInt16");
    }

    [Fact]
    public void Refuses_fits_cube_whose_frame_is_too_large_to_buffer()
    {
        string[] cards =
        [
            "SIMPLE  =                    T", "BITPIX  =                   16", "NAXIS   =                    2",
            "NAXIS1  =                40000", "NAXIS2  =                40000", "END",
        ];
        string path = Path.Combine(_folder, "huge.fits");
        using (var stream = new FileStream(path, FileMode.Create, FileAccess.Write))
        {
            stream.Write(System.Text.Encoding.ASCII.GetBytes(string.Concat(cards.Select(c => c.PadRight(80))).PadRight(2880)));
            stream.SetLength(2880 + (40_000L * 40_000 * 2));
        }

        AssertRefusedAtOpen(path, () => ImageFile.Open(path), "40000 x 40000");
    }

    private static void AssertRefusedAtOpen(string path, Func<IFrameSource> open, string size)
    {
        var error = Assert.Throws<InvalidInputException>(() => open().Dispose());

        Assert.Equal(path, error.FilePath);
        Assert.Contains(size, error.Problem, StringComparison.Ordinal);
        Assert.Contains("more than the", error.Problem, StringComparison.Ordinal);
    }
}
