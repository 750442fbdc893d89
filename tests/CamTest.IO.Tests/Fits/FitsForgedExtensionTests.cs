using System.Text;
using CamTest.TestSupport;

namespace CamTest.IO.Tests.Fits;

/// <summary>
/// Extensions stepped over on the way to the image carry sizes from the file: negative or huge ones must be refused
/// as damage, never turned into an offset before the file's start or past 2^63.
/// </summary>
public sealed class FitsForgedExtensionTests : IDisposable
{
    private readonly string _folder = TestPaths.NewTempFolder("fits-forged-extension");

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Theory]
    [InlineData("NAXIS1  =              -100000", "PCOUNT  =                    0", "GCOUNT  =                    1", "NAXIS1 = -100000")]
    [InlineData("NAXIS1  =                    8", "PCOUNT  =              -100000", "GCOUNT  =                    1", "PCOUNT = -100000")]
    [InlineData("NAXIS1  =                    8", "PCOUNT  =                    0", "GCOUNT  =              -100000", "GCOUNT = -100000")]
    [InlineData("NAXIS1  =                    8", "PCOUNT  =  9000000000000000000", "GCOUNT  =                    1", "only 2880 bytes follow")]
    [InlineData("NAXIS1  =  4611686018427387904", "PCOUNT  =                    0", "GCOUNT  =                    1", "only 2880 bytes follow")]
    public void Refuses_table_extension_with_forged_size(string naxis1, string pCount, string gCount, string expected)
    {
        string[] primary = ["SIMPLE  =                    T", "BITPIX  =                    8", "NAXIS   =                    0", "EXTEND  =                    T", "END"];
        string[] table =
        [
            "XTENSION= 'BINTABLE'", "BITPIX  =                    8", "NAXIS   =                    2", naxis1,
            "NAXIS2  =                    1", pCount, gCount, "TFIELDS =                    1", "END",
        ];
        string path = Path.Combine(_folder, "forged.fits");
        File.WriteAllBytes(path, [.. Block(primary), .. Block(table), .. new byte[2880]]);

        var error = Assert.Throws<InvalidInputException>(() => ImageFile.Open(path).Dispose());

        Assert.Equal(path, error.FilePath);
        Assert.Contains(expected, error.Problem, StringComparison.Ordinal);
    }

    private static byte[] Block(string[] cards) =>
        Encoding.ASCII.GetBytes(string.Concat(cards.Select(c => c.PadRight(80))).PadRight(2880));
}
