using System.Text.Json;
using CamTest.Reporting.Plots;
using CamTest.TestSupport;

namespace CamTest.Cli.Tests;

public class ProfileCommandTests
{
    private static readonly string Spot = TestPaths.Fixture("profile", "spot.raw");
    private const string Layout = "64x48:uint16:le";

    [Fact]
    public void Profile_json_gives_the_peak_in_grey_levels_and_electrons()
    {
        CliRun run = CliRun.Of("profile", Spot, "--raw", Layout, "--line", "30,2,30,40", "--bias", "100", "--gain", "1.18", "--json");
        Assert.Equal(0, run.ExitCode);
        using var doc = JsonDocument.Parse(run.Stdout);
        JsonElement peak = doc.RootElement.GetProperty("peak");
        // scipy's reference peak on this vertical line is pixel (30, 21) = 1758 ADU; (1758 - 100) x 1.18 = 1956.44 e-.
        Assert.Equal(1758, peak.GetProperty("grey").GetProperty("value").GetDouble(), 1e-9);
        Assert.Equal(1956.44, peak.GetProperty("electrons").GetProperty("value").GetDouble(), 1e-9);
        Assert.Equal("e-", peak.GetProperty("electrons").GetProperty("unit").GetString());

        // The units as the contract has always spelt them, now written from each quantity's Unit; a sampled grey
        // value has no error estimate, so no stderr.
        Assert.Equal("ADU", peak.GetProperty("grey").GetProperty("unit").GetString());
        Assert.False(peak.GetProperty("grey").TryGetProperty("stderr", out _));
        Assert.Equal("ADU", doc.RootElement.GetProperty("bias").GetProperty("unit").GetString());
        Assert.Equal("e-/ADU", doc.RootElement.GetProperty("gain").GetProperty("unit").GetString());
        Assert.Equal(39, doc.RootElement.GetProperty("samples").GetArrayLength());
    }

    [Fact]
    public void Profile_takes_bias_and_gain_from_results_json()
    {
        string folder = TestPaths.NewTempFolder("profile");
        string results = Path.Combine(folder, "results.json");
        File.WriteAllText(results, """{"bias": {"level": {"value": 100, "unit": "ADU", "stderr": 0.1}}, "gain": {"systemGain": {"value": 2, "unit": "e-/ADU", "stderr": 0.01}}}""");
        CliRun run = CliRun.Of("profile", Spot, "--raw", Layout, "--line", "10,20,50,20", "--results", results, "--json");
        Assert.Equal(0, run.ExitCode);
        using var doc = JsonDocument.Parse(run.Stdout);
        // (1731 - 100) x 2 = 3262 e-
        JsonElement electrons = doc.RootElement.GetProperty("peak").GetProperty("electrons");
        Assert.Equal(3262, electrons.GetProperty("value").GetDouble(), 1e-9);
        // results.json's stderrs carry through, first order: sqrt((gain x 0.1)^2 + ((peak - bias) x 0.01)^2) = sqrt(0.2^2 + 16.31^2).
        Assert.Equal(Math.Sqrt((0.2 * 0.2) + (16.31 * 16.31)), electrons.GetProperty("stderr").GetDouble(), 1e-9);
        Assert.Equal(0.1, doc.RootElement.GetProperty("bias").GetProperty("stderr").GetDouble());
        Assert.Equal(0.01, doc.RootElement.GetProperty("gain").GetProperty("stderr").GetDouble());

        CliRun text = CliRun.Of("profile", Spot, "--raw", Layout, "--line", "10,20,50,20", "--results", results);
        Assert.Equal(0, text.ExitCode);
        Assert.Contains("= 3262 ± 16 e-", text.Stdout, StringComparison.Ordinal);
    }

    [Fact]
    public void Profile_of_a_later_frame_reads_that_frame()
    {
        CliRun run = CliRun.Of("profile", Spot, "--raw", Layout, "--line", "0,0,63,47", "--frame", "1", "--json");
        using var doc = JsonDocument.Parse(run.Stdout);
        Assert.All(doc.RootElement.GetProperty("samples").EnumerateArray(), s => Assert.Equal(500, s.GetProperty("grey").GetDouble(), 1e-9));
    }

    [Fact]
    public void Profile_writes_a_png_plot_with_the_bundled_font()
    {
        string png = Path.Combine(TestPaths.NewTempFolder("profile"), "profile.png");
        CliRun run = CliRun.Of("profile", Spot, "--raw", Layout, "--line", "10,20,50,20", "--bias", "100", "--gain", "1.18", "--plot", png);
        Assert.Equal(0, run.ExitCode);
        byte[] bytes = File.ReadAllBytes(png);
        Assert.Equal(new byte[] { 0x89, (byte)'P', (byte)'N', (byte)'G' }, bytes[..4]);
        Assert.Equal("DejaVu Sans", PlotFonts.CreateTypeface().FamilyName);
    }

    [Theory]
    [InlineData("outside the 64x48 frame", "--line", "0,0,70,10")]
    [InlineData("is not x0,y0,x1,y1", "--line", "1,2,3")]
    [InlineData("--bias and --gain go together", "--line", "1,2,3,4", "--bias", "100")]
    [InlineData("outside the stack's 2 frame(s)", "--line", "1,2,3,4", "--frame", "2")]
    [InlineData("gain must be greater than zero", "--line", "1,2,3,4", "--bias", "100", "--gain", "0")]
    public void Bad_profile_arguments_exit_2_with_one_line(string message, params string[] options)
    {
        CliRun run = CliRun.Of(["profile", Spot, "--raw", Layout, .. options]);
        Assert.Equal(2, run.ExitCode);
        run.AssertOneLineError(message);
    }

    [Fact]
    public void Profile_refuses_to_write_its_plot_over_the_input()
    {
        string folder = TestPaths.NewTempFolder("profile");
        string copy = Path.Combine(folder, "spot.raw");
        File.Copy(Spot, copy);
        CliRun run = CliRun.Of("profile", copy, "--raw", Layout, "--line", "1,2,3,4", "--plot", copy);
        Assert.Equal(2, run.ExitCode);
        Assert.Equal(File.ReadAllBytes(Spot), File.ReadAllBytes(copy));
    }

    [Fact]
    public void Results_json_without_a_gain_is_a_bad_input()
    {
        string results = Path.Combine(TestPaths.NewTempFolder("profile"), "results.json");
        File.WriteAllText(results, """{"bias": {"level": {"value": 100}}}""");
        CliRun run = CliRun.Of("profile", Spot, "--raw", Layout, "--line", "1,2,3,4", "--results", results);
        Assert.Equal(2, run.ExitCode);
        run.AssertOneLineError("has no gain.systemGain.value");
    }
}
