using System.Text.Json;
using CamTest.TestSupport;

namespace CamTest.Cli.Tests;

public class SimulateCommandTests
{
    private static readonly string[] SmallSession =
        ["--width", "32", "--height", "16", "--bias-frames", "4", "--long-dark-frames", "2"];

    [Fact]
    public void Simulate_writes_the_stacks_session_and_truth_and_exits_0()
    {
        string folder = Path.Combine(TestPaths.NewTempFolder("cli-sim"), "out");
        CliRun run = CliRun.Of(["simulate", "--camera", "emccd-512", "--out", folder, "--seed", "5", .. SmallSession]);
        Assert.Equal(0, run.ExitCode);
        Assert.Contains("session.json", run.Stdout, StringComparison.Ordinal);
        Assert.True(File.Exists(Path.Combine(folder, "session.json")));
        Assert.True(File.Exists(Path.Combine(folder, "truth.json")));
        Assert.True(File.Exists(Path.Combine(folder, "bias.ome.tif")));
        Assert.True(File.Exists(Path.Combine(folder, "em_amplified_0010ms_em300.ome.tif")));
        using JsonDocument truth = JsonDocument.Parse(File.ReadAllText(Path.Combine(folder, "truth.json")));
        Assert.Equal(5UL, truth.RootElement.GetProperty("generator").GetProperty("seed").GetUInt64());
        Assert.Equal(32, truth.RootElement.GetProperty("generator").GetProperty("width").GetInt32());
    }

    [Fact]
    public void Simulate_accepts_a_camera_json()
    {
        string folder = TestPaths.NewTempFolder("cli-sim");
        string camera = Path.Combine(folder, "camera.json");
        File.WriteAllText(camera, """
            {"name": "my-ccd", "sensor": "ccd", "sensorWidth": 64, "sensorHeight": 64, "pixelSizeUm": 7.4, "bitDepth": 12,
             "quantumEfficiency": 0.5, "gainEPerAdu": 2, "biasAdu": 100, "readNoiseE": 8, "darkCurrentEPerS": 0.1,
             "linearFullWellE": 7000, "fullWellE": 8000, "lineTimeUs": 50}
            """);
        CliRun run = CliRun.Of(["simulate", "--camera", camera, "--out", Path.Combine(folder, "out"), .. SmallSession]);
        Assert.Equal(0, run.ExitCode);
        Assert.Contains("CCD", File.ReadAllText(Path.Combine(folder, "out", "session.json")), StringComparison.Ordinal);
    }

    [Fact]
    public void An_unknown_preset_exits_2_with_one_line_naming_the_presets()
    {
        CliRun run = CliRun.Of("simulate", "--camera", "no-such-camera", "--out", TestPaths.NewTempFolder("cli-sim"));
        Assert.Equal(2, run.ExitCode);
        run.AssertOneLineError("unknown camera 'no-such-camera'");
        Assert.Contains("scmos-large", run.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void A_region_larger_than_the_sensor_exits_2()
    {
        CliRun run = CliRun.Of("simulate", "--camera", "emccd-512", "--out", TestPaths.NewTempFolder("cli-sim"), "--width", "1024");
        Assert.Equal(2, run.ExitCode);
        run.AssertOneLineError("sensor size 512 x 512");
    }

    [Theory]
    [InlineData("flat frames 1 must be 2", "--flat-frames", "1")]
    [InlineData("dark frames 1 must be 2", "--dark-frames", "1")]
    [InlineData("binning 40 must be 1 .. 16", "--binning", "40")]
    public void Options_the_simulator_refuses_exit_2_before_any_file_is_written(string message, string option, string value)
    {
        string folder = TestPaths.NewTempFolder("cli-sim");
        CliRun run = CliRun.Of(["simulate", "--camera", "scmos-large", "--out", folder, .. SmallSession, option, value]);
        Assert.Equal(2, run.ExitCode);
        run.AssertOneLineError(message);
        Assert.Empty(Directory.EnumerateFileSystemEntries(folder));
    }

    [Fact]
    public void Simulating_over_an_existing_session_exits_2_and_keeps_the_files()
    {
        string folder = TestPaths.NewTempFolder("cli-sim");
        Assert.Equal(0, CliRun.Of(["simulate", "--camera", "scmos-large", "--out", folder, .. SmallSession]).ExitCode);
        byte[] before = File.ReadAllBytes(Path.Combine(folder, "bias.ome.tif"));
        CliRun again = CliRun.Of(["simulate", "--camera", "scmos-large", "--out", folder, "--seed", "9", .. SmallSession]);
        Assert.Equal(2, again.ExitCode);
        again.AssertOneLineError("already holds bias.ome.tif");
        Assert.Equal(before, File.ReadAllBytes(Path.Combine(folder, "bias.ome.tif")));
    }

    [Theory]
    [InlineData("session.json")]
    [InlineData("truth.json")]
    public void Simulate_never_overwrites_a_session_or_truth_json_already_there(string name)
    {
        string folder = TestPaths.NewTempFolder("cli-sim");
        string existing = Path.Combine(folder, name);
        File.WriteAllText(existing, "{\"mine\": true}");
        CliRun run = CliRun.Of(["simulate", "--camera", "scmos-large", "--out", folder, .. SmallSession]);
        Assert.Equal(2, run.ExitCode);
        run.AssertOneLineError($"already holds {name}");
        Assert.Equal("{\"mine\": true}", File.ReadAllText(existing));
        Assert.False(File.Exists(Path.Combine(folder, "bias.ome.tif"))); // refused before any stack was written
    }

    [Fact]
    public void Simulate_without_out_is_a_usage_error()
    {
        CliRun run = CliRun.Of("simulate", "--camera", "scmos-large");
        Assert.Equal(2, run.ExitCode);
        run.AssertOneLineError("--out");
    }

    [Fact]
    public void Demo_simulates_analyses_and_writes_the_report_beside_the_truth()
    {
        (string folder, CliRun run) = DemoRun.Default;
        Assert.Equal(0, run.ExitCode);
        Assert.True(File.Exists(Path.Combine(folder, "session.json")));
        Assert.True(File.Exists(Path.Combine(folder, "truth.json")));
        Assert.True(File.Exists(Path.Combine(folder, "results", "results.json")));
        Assert.True(File.Exists(Path.Combine(folder, "results", "report.html")));
        Assert.Contains($"report:  {Path.Combine(folder, "results", "report.html")}", run.Stdout, StringComparison.Ordinal);
        Assert.Contains("measured against the simulator's truth", run.Stdout, StringComparison.Ordinal);

        // The headline figures are named as declared (GainFigures.SystemGain is "System gain"), within the list.
        Assert.Contains("  system gain ", run.Stdout, StringComparison.Ordinal);
        Assert.Contains("  read noise (rms) ", run.Stdout, StringComparison.Ordinal);
    }
}
