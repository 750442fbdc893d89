using System.Runtime.InteropServices;
using System.Text.Json;
using CamTest.TestSupport;

namespace CamTest.Cli.Tests;

public class BinCommandTests
{
    private static readonly string Spot = TestPaths.Fixture("profile", "spot.raw");

    [Fact]
    public void Bin_5x5_matches_numpy_block_sums()
    {
        string output = Path.Combine(TestPaths.NewTempFolder("bin"), "spot_bin5.raw");
        CliRun run = CliRun.Of("bin", Spot, "--raw", "64x48:uint16:le", "--factor", "5", "--out", output, "--json");
        Assert.Equal(0, run.ExitCode);
        using var summary = JsonDocument.Parse(run.Stdout);
        Assert.Equal("12x9:uint32:le", summary.RootElement.GetProperty("raw").GetString());

        using var reference = JsonDocument.Parse(File.ReadAllText(TestPaths.Fixture("bin", "spot_bin5.json")));
        uint[] expected = reference.RootElement.GetProperty("frames").EnumerateArray()
            .SelectMany(f => f.EnumerateArray()).Select(v => v.GetUInt32()).ToArray();
        uint[] actual = MemoryMarshal.Cast<byte, uint>(File.ReadAllBytes(output)).ToArray();
        Assert.Equal(expected, actual); // integer sums: exact
        Assert.False(File.Exists(output + ".partial"));
    }

    [Fact]
    public void Bin_output_reads_back_with_the_printed_layout()
    {
        string output = Path.Combine(TestPaths.NewTempFolder("bin"), "b.raw");
        Assert.Equal(0, CliRun.Of("bin", Spot, "--raw", "64x48:uint16:le", "--factor", "4", "--out", output).ExitCode);
        CliRun inspect = CliRun.Of("inspect", output, "--raw", "16x12:uint32:le", "--json");
        using var doc = JsonDocument.Parse(inspect.Stdout);
        // Frame 1 of spot.raw is flat at 500 ADU: every 4x4 sum is 8000.
        Assert.Equal(8000, doc.RootElement.GetProperty("files")[0].GetProperty("frameMeans")[1].GetDouble(), 1e-9);
    }

    [Fact]
    public void Bin_refuses_to_overwrite_its_input()
    {
        string folder = TestPaths.NewTempFolder("bin");
        string copy = Path.Combine(folder, "spot.raw");
        File.Copy(Spot, copy);
        CliRun run = CliRun.Of("bin", copy, "--raw", "64x48:uint16:le", "--factor", "2", "--out", copy);
        Assert.Equal(2, run.ExitCode);
        run.AssertOneLineError("is the input stack");
        Assert.Equal(File.ReadAllBytes(Spot), File.ReadAllBytes(copy));
    }

    [Theory]
    [InlineData("must be between 2 and 256", "1")]
    [InlineData("larger than the 64x48 frame", "50")]
    public void Bad_bin_factors_exit_2(string message, string factor)
    {
        string output = Path.Combine(TestPaths.NewTempFolder("bin"), "b.raw");
        CliRun run = CliRun.Of("bin", Spot, "--raw", "64x48:uint16:le", "--factor", factor, "--out", output);
        Assert.Equal(2, run.ExitCode);
        run.AssertOneLineError(message);
        Assert.False(File.Exists(output));
    }
}
