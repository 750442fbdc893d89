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
}
