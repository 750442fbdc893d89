using System.Text.Json;
using CamTest.TestSupport;

namespace CamTest.IO.Tests.Tiff;

/// <summary>Compressed frames decode only the strips that cover the requested rows.</summary>
public sealed class TiffSelectiveDecodingTests : IDisposable
{
    private readonly string _folder = TestPaths.NewTempFolder("tiff-selective");

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Fact]
    public void Reads_rows_above_a_corrupt_strip_and_refuses_rows_inside_it()
    {
        JsonElement strips = TiffExpectations.Root.GetProperty("_deflate_uint16_le_page0_strips");
        int rowsPerStrip = strips.GetProperty("rowsPerStrip").GetInt32();
        long[] offsets = [.. strips.GetProperty("offsets").EnumerateArray().Select(e => e.GetInt64())];
        long[] counts = [.. strips.GetProperty("byteCounts").EnumerateArray().Select(e => e.GetInt64())];
        string original = TestPaths.Fixture("tiff", "deflate_uint16_le.tif");
        byte[] bytes = File.ReadAllBytes(original);
        int last = offsets.Length - 1;
        bytes.AsSpan((int)offsets[last], (int)counts[last]).Fill(0xEE); // not a zlib stream any more
        string path = Path.Combine(_folder, "last_strip_corrupt.tif");
        File.WriteAllBytes(path, bytes);

        using IFrameSource good = ImageFile.Open(original);
        using IFrameSource damaged = ImageFile.Open(path);
        int rows = last * rowsPerStrip;
        long rowBytes = (long)good.Info.Width * good.Info.BytesPerPixel;
        var expected = new byte[rows * rowBytes];
        var actual = new byte[rows * rowBytes];
        good.ReadRows(0, 0, rows, expected);
        damaged.ReadRows(0, 0, rows, actual);

        Assert.Equal(expected, actual);
        InvalidInputException ex = Assert.Throws<InvalidInputException>(() => damaged.ReadRows(0, rows, 1, new byte[rowBytes]));
        Assert.Contains($"strip {last} of frame 0", ex.Message, StringComparison.Ordinal);
    }
}
