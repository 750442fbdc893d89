using CamTest.TestSupport;

namespace CamTest.Cli.Tests;

/// <summary>
/// A bad output path is the user's input, not our failure: every command that writes checks it before any work and
/// exits 2 with one line (not 1 with an IOException after the work, or after the demo has begun printing).
/// </summary>
public class OutputPathTests
{
    private static readonly string Spot = TestPaths.Fixture("profile", "spot.raw");

    private static string AFile()
    {
        string path = Path.Combine(TestPaths.NewTempFolder("out-path"), "a-file.txt");
        File.WriteAllText(path, "not a folder");
        return path;
    }

    private static string UnderAMissingFolder(string name) =>
        Path.Combine(TestPaths.NewTempFolder("out-path"), "no-such-folder", name);

    [Fact]
    public void Simulate_into_a_file_exits_2_before_simulating()
    {
        string file = AFile();
        CliRun run = CliRun.Of("simulate", "--camera", "scmos-large", "--out", file, "--width", "16", "--height", "16");
        Assert.Equal(2, run.ExitCode);
        run.AssertOneLineError("is a file; --out needs a folder");
        Assert.Equal("not a folder", File.ReadAllText(file));
    }

    [Fact]
    public void Demo_into_a_file_exits_2_before_printing_anything()
    {
        CliRun run = CliRun.Of("demo", "--out", AFile());
        Assert.Equal(2, run.ExitCode);
        run.AssertOneLineError("is a file; --out needs a folder");
        Assert.Equal(string.Empty, run.Stdout);
    }

    [Fact]
    public void Plan_into_a_file_exits_2()
    {
        CliRun run = CliRun.Of("plan", "--out", AFile());
        Assert.Equal(2, run.ExitCode);
        run.AssertOneLineError("is a file; --out needs a folder");
        Assert.Equal(string.Empty, run.Stdout);
    }

    [Fact]
    public void Profile_plot_to_a_folder_exits_2()
    {
        string folder = TestPaths.NewTempFolder("out-path");
        CliRun run = CliRun.Of("profile", Spot, "--raw", "64x48:uint16:le", "--line", "10,20,50,20", "--plot", folder);
        Assert.Equal(2, run.ExitCode);
        run.AssertOneLineError("is a folder; a file name is needed");
        Assert.Equal(string.Empty, run.Stdout);
    }

    [Fact]
    public void Profile_plot_into_a_missing_folder_exits_2()
    {
        string png = UnderAMissingFolder("x.png");
        CliRun run = CliRun.Of("profile", Spot, "--raw", "64x48:uint16:le", "--line", "10,20,50,20", "--plot", png);
        Assert.Equal(2, run.ExitCode);
        run.AssertOneLineError("does not exist");
        Assert.Equal(string.Empty, run.Stdout);
    }

    [Fact]
    public void Bin_out_into_a_missing_folder_exits_2()
    {
        string raw = UnderAMissingFolder("x.raw");
        CliRun run = CliRun.Of("bin", Spot, "--raw", "64x48:uint16:le", "--factor", "2", "--out", raw);
        Assert.Equal(2, run.ExitCode);
        run.AssertOneLineError("does not exist");
        Assert.False(File.Exists(raw));
    }
}
