using CamTest.TestSupport;

namespace CamTest.Cli.Tests;

/// <summary>What the command line says when it is used wrongly: unknown commands and options, folders for files, JSON kinds.</summary>
public class CommandLineMessageTests
{
    [Theory]
    [InlineData("unknown command 'camtest foo'; the commands are: inspect, analyze", "foo")]
    [InlineData("unknown command 'camtest calc foo'; the commands are: electrons, gain", "calc", "foo")]
    [InlineData("'camtest' needs a command: inspect, analyze")]
    [InlineData("unknown option '--gian' for 'camtest calc electrons'; its options are: --signal, --bias, --gain", "calc", "electrons", "--gian", "1")]
    public void Unknown_commands_and_options_are_called_unknown_and_the_known_ones_listed(string message, params string[] args)
    {
        CliRun run = CliRun.Of(args);
        Assert.Equal(2, run.ExitCode);
        run.AssertOneLineError(message);
    }

    [Theory]
    [InlineData("is a folder, not an image file", "inspect", "{dir}")]
    [InlineData("is a folder, not a session manifest", "analyze", "{dir}", "--out", "{dir}/out")]
    [InlineData("is a folder, not a camera.json", "simulate", "--camera", "{dir}", "--out", "{dir}/sim")]
    [InlineData("is a folder, not a results.json", "profile", "{spot}", "--raw", "64x48:uint16:le", "--line", "0,0,3,3", "--results", "{dir}")]
    [InlineData("--out {dir} is a folder; give a file name in it", "bin", "{spot}", "--raw", "64x48:uint16:le", "--factor", "2", "--out", "{dir}")]
    public void A_folder_given_as_a_file_is_called_a_folder(string message, params string[] args)
    {
        string dir = TestPaths.NewTempFolder("folder-as-file");
        string spot = TestPaths.Fixture("profile", "spot.raw");
        CliRun run = CliRun.Of([.. args.Select(a => a.Replace("{dir}", dir, StringComparison.Ordinal).Replace("{spot}", spot, StringComparison.Ordinal))]);
        Assert.Equal(2, run.ExitCode);
        run.AssertOneLineError(message.Replace("{dir}", dir, StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("{\"sensorWidth\": \"wide\"}", "($.sensorWidth): wrong kind of value (expected a whole number)")]
    [InlineData("{\"name\": 5}", "($.name): wrong kind of value (expected text)")]
    [InlineData("{\"readNoiseE\": true}", "($.readNoiseE): wrong kind of value (expected a number)")]
    [InlineData("{\"colour\": 1}", "'colour' is not a known key")]
    public void A_bad_camera_json_is_described_in_the_words_of_json(string json, string message)
    {
        string folder = TestPaths.NewTempFolder("camera-json");
        string camera = Path.Combine(folder, "camera.json");
        File.WriteAllText(camera, json);
        CliRun run = CliRun.Of("simulate", "--camera", camera, "--out", Path.Combine(folder, "sim"));
        Assert.Equal(2, run.ExitCode);
        run.AssertOneLineError(message);
        NumberOptionTests.AssertNoTypeNames(run.Stderr);
        Assert.False(Directory.Exists(Path.Combine(folder, "sim")));
    }
}
