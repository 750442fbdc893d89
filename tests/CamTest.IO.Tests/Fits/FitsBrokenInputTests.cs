using CamTest.TestSupport;

namespace CamTest.IO.Tests.Fits;

public class FitsBrokenInputTests
{
    [Theory]
    [InlineData("broken_truncated.fits", "only 300 bytes follow the header")]
    [InlineData("broken_huge_naxis.fits", "100000 x 100000 x 1 pixels")]
    [InlineData("broken_no_end.fits", "no END card")]
    [InlineData("broken_garbage.fits", "non-ASCII byte")]
    [InlineData("broken_naxis4.fits", "NAXIS4 = 2")]
    [InlineData("compressed_rice.fits", "tile-compressed (RICE_1 compression)")]
    public void Refuses_malformed_file_with_a_message_naming_the_problem(string fixture, string expectedProblem)
    {
        string path = TestPaths.Fixture("fits", fixture);

        var error = Assert.Throws<InvalidInputException>(() => ImageFile.Open(path).Dispose());

        Assert.Contains(expectedProblem, error.Problem, StringComparison.Ordinal);
        Assert.Equal(path, error.FilePath);
    }

    [Fact]
    public void Refuses_a_file_holding_only_the_signature()
    {
        string folder = TestPaths.NewTempFolder("fits-short");
        string path = Path.Combine(folder, "short.fits");
        File.WriteAllText(path, "SIMPLE  =                    T");

        var error = Assert.Throws<InvalidInputException>(() => ImageFile.Open(path).Dispose());

        Assert.Contains("no END card", error.Problem, StringComparison.Ordinal);
    }

    [Fact]
    public void Refuses_a_header_declaring_the_largest_sizes_without_overflow()
    {
        // 2^31 - 1 on every axis at 8 bytes a pixel overflows 64-bit arithmetic: the size check must not.
        string[] cards =
        [
            "SIMPLE  =                    T", "BITPIX  =                  -64", "NAXIS   =                    3",
            "NAXIS1  =           2147483647", "NAXIS2  =           2147483647", "NAXIS3  =           2147483647", "END",
        ];
        string header = string.Concat(cards.Select(c => c.PadRight(80))).PadRight(2880);
        string path = Path.Combine(TestPaths.NewTempFolder("fits-forged"), "forged.fits");
        File.WriteAllBytes(path, [.. System.Text.Encoding.ASCII.GetBytes(header), .. new byte[2880]]);

        var error = Assert.Throws<InvalidInputException>(() => ImageFile.Open(path).Dispose());

        Assert.Contains("but only 2880 bytes follow the header", error.Problem, StringComparison.Ordinal);
    }
}
