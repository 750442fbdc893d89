using CamTest.TestSupport;

namespace CamTest.Cli.Tests;

public class ExitCodeTests
{
    [Fact]
    public void Inspect_of_a_missing_file_exits_2_naming_the_file()
    {
        CliRun run = CliRun.Of("inspect", "/no/such/stack.tif");
        Assert.Equal(2, run.ExitCode);
        run.AssertOneLineError("/no/such/stack.tif: file not found");
        Assert.Equal(string.Empty, run.Stdout);
    }

    [Fact]
    public void Inspect_of_an_empty_file_exits_2()
    {
        string path = Path.Combine(TestPaths.NewTempFolder("empty"), "empty.tif");
        File.WriteAllBytes(path, []);
        CliRun run = CliRun.Of("inspect", path);
        Assert.Equal(2, run.ExitCode);
        run.AssertOneLineError("file is empty");
    }

    [Fact]
    public void Unknown_command_is_a_usage_error_with_exit_2()
    {
        CliRun run = CliRun.Of("no-such-command");
        Assert.Equal(2, run.ExitCode);
        run.AssertOneLineError("camtest:");
    }

    [Fact]
    public void Inspect_reads_raw_binary_in_a_stated_layout()
    {
        string path = Path.Combine(TestPaths.NewTempFolder("raw"), "two.raw");
        // Two 2x2 uint16 big-endian frames: means 2.5 and 10.
        byte[] bytes = [0, 1, 0, 2, 0, 3, 0, 4, 0, 10, 0, 10, 0, 10, 0, 10];
        File.WriteAllBytes(path, bytes);
        CliRun run = CliRun.Of("inspect", path, "--raw", "2x2:uint16:be", "--json");
        Assert.Equal(0, run.ExitCode);
        using var doc = System.Text.Json.JsonDocument.Parse(run.Stdout);
        var file = doc.RootElement.GetProperty("files")[0];
        Assert.Equal(2, file.GetProperty("frames").GetInt32());
        Assert.Equal(2.5, file.GetProperty("frameMeans")[0].GetDouble(), 12);
        Assert.Equal(10.0, file.GetProperty("frameMeans")[1].GetDouble(), 12);
    }

    [Fact]
    public void Raw_file_with_a_partial_frame_is_refused()
    {
        string path = Path.Combine(TestPaths.NewTempFolder("raw"), "short.raw");
        File.WriteAllBytes(path, new byte[10]);
        CliRun run = CliRun.Of("inspect", path, "--raw", "2x2:uint16");
        Assert.Equal(2, run.ExitCode);
        run.AssertOneLineError("not a whole number of 8-byte frames");
    }

    [Theory]
    [InlineData("inspect")]
    [InlineData("profile", "--line", "0,0,1,1")]
    [InlineData("bin", "--factor", "2", "--out", "never-written.raw")]
    public void A_raw_layout_that_does_not_parse_is_the_same_usage_error_for_every_command(string command, params string[] options)
    {
        string path = Path.Combine(TestPaths.NewTempFolder("raw"), "any.raw");
        File.WriteAllBytes(path, new byte[8]);
        CliRun run = CliRun.Of([command, path, "--raw", "2x2:complex64", .. options]);
        Assert.Equal(2, run.ExitCode);
        run.AssertOneLineError("raw pixel type 'complex64' is not one of");
    }
}
