using CamTest.TestSupport;

namespace CamTest.Cli.Tests;

/// <summary>Broken sessions: exit 2, one line naming the file and the problem, and no results.json left behind.</summary>
public class AnalyzeBadSessionTests
{
    private readonly SyntheticStacks _s = new(TestPaths.NewTempFolder("bad-session"));

    private static readonly object Camera = new { name = "test" };

    private string OutDir => Path.Combine(_s.Folder, "out");

    private void AssertRefused(string session, string mustContain)
    {
        CliRun run = CliRun.Of("analyze", session, "--out", OutDir);
        Assert.Equal(2, run.ExitCode);
        run.AssertOneLineError(mustContain);
        Assert.False(File.Exists(Path.Combine(OutDir, "results.json")), "no results.json may be left behind");
        Assert.False(File.Exists(Path.Combine(OutDir, "report.html")));
    }

    [Fact]
    public void Malformed_json_is_refused()
    {
        string path = Path.Combine(_s.Folder, "session.json");
        File.WriteAllText(path, "{ \"bias\": { \"files\": [ ");
        AssertRefused(path, "session.json");
    }

    [Fact]
    public void A_missing_stack_file_is_named()
    {
        AssertRefused(_s.Session(new { camera = Camera, bias = new { files = new[] { "nowhere.tif" } } }), "nowhere.tif");
    }

    [Fact]
    public void One_frame_where_a_pair_is_needed_is_refused()
    {
        AssertRefused(
            _s.Session(new { camera = Camera, bias = new { files = new[] { _s.Write("bias.ome.tif", 4, 0) } }, flats = new[] { new { exposureMs = 5.0, files = new[] { _s.Write("single.ome.tif", 1, 500, 5) } } } }),
            "single.ome.tif");
    }

    [Fact]
    public void Frames_of_different_sizes_are_refused()
    {
        AssertRefused(
            _s.Session(new { camera = Camera, bias = new { files = new[] { _s.Write("bias.ome.tif", 4, 0) } }, flats = new[] { new { exposureMs = 5.0, files = new[] { _s.Write("wide.ome.tif", 2, 500, 5, widthOverride: 80) } } } }),
            "wide.ome.tif");
    }

    [Fact]
    public void A_truncated_stack_is_refused()
    {
        string name = _s.Write("cut.ome.tif", 6, 0);
        string path = Path.Combine(_s.Folder, name);
        byte[] bytes = File.ReadAllBytes(path);
        File.WriteAllBytes(path, bytes[..(bytes.Length / 2)]);
        AssertRefused(_s.Session(new { camera = Camera, bias = new { files = new[] { name } } }), "cut.ome.tif");
    }

    [Fact]
    public void A_session_with_nothing_to_analyze_is_refused()
    {
        AssertRefused(_s.Session(new { camera = new { name = "empty" } }), "nothing to analyze");
    }

    [Fact]
    public void Out_naming_an_existing_file_is_a_usage_error_found_before_any_work()
    {
        string session = _s.Session(new { camera = Camera, bias = new { files = new[] { _s.Write("bias.ome.tif", 4, 0) } } });
        string file = Path.Combine(_s.Folder, "taken.txt");
        File.WriteAllText(file, "keep me");
        CliRun run = CliRun.Of("analyze", session, "--out", file);
        Assert.Equal(2, run.ExitCode);
        run.AssertOneLineError("taken.txt is a file; --out needs a folder");
        Assert.Equal("keep me", File.ReadAllText(file));
    }

    [Fact]
    public void A_dark_at_zero_exposure_is_refused_because_a_rate_divides_by_it()
    {
        AssertRefused(
            _s.Session(new { camera = Camera, bias = new { files = new[] { _s.Write("bias.ome.tif", 4, 0) } }, darks = new[] { new { exposureMs = 0.0, files = new[] { _s.Write("dark0.ome.tif", 2, 0) } } } }),
            "dark0.ome.tif: darks: exposure 0 ms; a rate needs an exposure above zero");
    }

    [Fact]
    public void A_session_of_bias_maps_alone_has_nothing_to_analyze()
    {
        string offset = _s.Write("offset.ome.tif", 1, 0), noise = _s.Write("noise.ome.tif", 1, -97);
        AssertRefused(_s.Session(new { camera = Camera, bias = new { offsetMap = offset, readNoiseMap = noise } }), "nothing to analyze");
    }

    [Fact]
    public void A_bias_map_of_several_frames_is_refused_naming_it()
    {
        string offset = _s.Write("offset_stack.ome.tif", 3, 0), noise = _s.Write("noise.ome.tif", 1, -97);
        AssertRefused(
            _s.Session(new { camera = Camera, bias = new { offsetMap = offset, readNoiseMap = noise }, flats = new[] { new { exposureMs = 5.0, files = new[] { _s.Write("f.ome.tif", 2, 500, 5) } } } }),
            "offset_stack.ome.tif: bias.offsetMap holds 3 frames");
    }

    [Fact]
    public void A_bias_map_of_the_wrong_size_is_refused_naming_it()
    {
        string offset = _s.Write("offset.ome.tif", 1, 0), noise = _s.Write("narrow_noise.ome.tif", 1, -97, widthOverride: 10);
        AssertRefused(
            _s.Session(new { camera = Camera, bias = new { offsetMap = offset, readNoiseMap = noise }, flats = new[] { new { exposureMs = 5.0, files = new[] { _s.Write("f.ome.tif", 2, 500, 5) } } } }),
            "narrow_noise.ome.tif: bias.readNoiseMap is 10x48");
    }
}
