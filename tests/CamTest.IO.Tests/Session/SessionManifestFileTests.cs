using CamTest.IO.Session;
using CamTest.TestSupport;

namespace CamTest.IO.Tests.Session;

public class SessionManifestFileTests
{
    private const string GuideExample = """
        {
          "camera": {"name": "Prime 95B #A123", "sensor": "sCMOS", "bitDepth": 16, "pixelSizeUm": 11},
          "bias":  {"files": ["bias.ome.tif"]},
          "flats": [{"exposureMs": 5, "files": ["flat_5ms.ome.tif"]}, {"exposureMs": 10, "files": ["f10a.tif", "f10b.tif"]}],
          "darks": [{"exposureMs": 1000, "files": ["dark_1s.tif"]}],
          "hotPixels": {"exposureMs": 5000, "files": ["dark_5s_x10.tif"]},
          "emGain": {"reference": {"exposureMs": 1000, "emGain": 1, "files": ["dim_1s.tif"]},
                     "amplified": {"exposureMs": 10, "emGain": 300, "files": ["dim_10ms_em300.tif"]}}
        }
        """;

    private static readonly string[] ExampleFiles =
        ["bias.ome.tif", "flat_5ms.ome.tif", "f10a.tif", "f10b.tif", "dark_1s.tif", "dark_5s_x10.tif", "dim_1s.tif", "dim_10ms_em300.tif"];

    [Fact]
    public void Loads_the_guide_example_resolving_files_against_the_manifest_folder()
    {
        string manifestPath = WriteSession(GuideExample);
        string folder = Path.GetDirectoryName(manifestPath)!;
        SessionManifest m = SessionManifestFile.Load(manifestPath);

        Assert.Equal("Prime 95B #A123", m.Camera!.Name);
        Assert.Equal(11, m.Camera.PixelSizeUm);
        Assert.Null(m.Bias!.ExposureMs); // left to the files' metadata
        Assert.Equal([5.0, 10.0], m.Flats!.Select(f => f.ExposureMs!.Value));
        Assert.Equal([Path.Combine(folder, "f10a.tif"), Path.Combine(folder, "f10b.tif")], m.Flats![1].Files);
        Assert.Equal(300, m.EmGain!.Amplified!.EmGain);
        Assert.Equal(8, m.Stacks().Sum(s => s.Stack.Files.Count));
        Assert.Equal(Path.GetFullPath(manifestPath), m.SourcePath);
    }

    [Fact]
    public void Save_then_load_round_trips_and_writes_paths_relative_to_the_manifest()
    {
        SessionManifest loaded = SessionManifestFile.Load(WriteSession(GuideExample));
        string copyFolder = Path.GetDirectoryName(loaded.SourcePath!)!;
        string copyPath = Path.Combine(copyFolder, "copy.json");
        SessionManifestFile.Save(loaded, copyPath);
        Assert.DoesNotContain(copyFolder, File.ReadAllText(copyPath), StringComparison.Ordinal);

        SessionManifest again = SessionManifestFile.Load(copyPath);
        Assert.Equal(loaded.Camera, again.Camera);
        Assert.Equal(
            loaded.Stacks().Select(s => (s.Section, s.Stack.ExposureMs, s.Stack.EmGain, string.Join("|", s.Stack.Files))),
            again.Stacks().Select(s => (s.Section, s.Stack.ExposureMs, s.Stack.EmGain, string.Join("|", s.Stack.Files))));
    }

    [Fact]
    public void Absolute_paths_outside_the_folder_are_kept()
    {
        string other = Path.Combine(TestPaths.NewTempFolder("elsewhere"), "bias.tif");
        File.WriteAllBytes(other, [1]);
        string path = WriteSession("{\"camera\": {}, \"bias\": {\"files\": [\"" + other + "\"]}}");
        Assert.Equal(other, SessionManifestFile.Load(path).Bias!.Files.Single());
    }

    [Theory]
    [InlineData("{\"camera\": {}, \"bias\": {\"files\": [\"bias.ome.tif\"]", "not a valid session manifest")]
    [InlineData("", "not a valid session manifest")]
    [InlineData("[1, 2]", "not a valid session manifest")]
    [InlineData("null", "holds null")]
    [InlineData("{\"bias\": {\"files\": [\"bias.ome.tif\"]}}", "has no \"camera\" section")]
    [InlineData("{\"camera\": {}}", "nothing to analyze")]
    [InlineData("{\"camera\": {}, \"flat\": [{\"files\": [\"bias.ome.tif\"]}]}", "'flat'")]
    [InlineData("{\"camera\": {}, \"bias\": {\"files\": [\"missing.tif\"]}}", "bias: file \"missing.tif\" not found")]
    [InlineData("{\"camera\": {}, \"bias\": {\"files\": []}}", "bias lists no files")]
    [InlineData("{\"camera\": {}, \"bias\": {\"files\": [\"\"]}}", "empty file name")]
    [InlineData("{\"camera\": {}, \"flats\": [{\"exposureMs\": -5, \"files\": [\"bias.ome.tif\"]}]}", "flats[0].exposureMs -5")]
    [InlineData("{\"camera\": {}, \"flats\": [{\"exposureMs\": \"5\", \"files\": [\"bias.ome.tif\"]}]}", "$.flats[0].exposureMs")]
    [InlineData("{\"camera\": {\"bitDepth\": 0}, \"bias\": {\"files\": [\"bias.ome.tif\"]}}", "camera.bitDepth 0")]
    [InlineData("{\"camera\": {\"pixelSizeUm\": -1}, \"bias\": {\"files\": [\"bias.ome.tif\"]}}", "camera.pixelSizeUm")]
    [InlineData("{\"camera\": {}, \"emGain\": {\"reference\": {\"emGain\": 1, \"files\": [\"bias.ome.tif\"]}}}", "needs both")]
    [InlineData("{\"camera\": {}, \"emGain\": {\"reference\": {\"files\": [\"bias.ome.tif\"]}, \"amplified\": {\"emGain\": 300, \"files\": [\"bias.ome.tif\"]}}}", "emGain.reference needs \"emGain\"")]
    [InlineData("{\"camera\": {}, \"emGain\": {\"reference\": {\"emGain\": 0.5, \"files\": [\"bias.ome.tif\"]}, \"amplified\": {\"emGain\": 300, \"files\": [\"bias.ome.tif\"]}}}", "emGain.reference.emGain 0.5")]
    [InlineData("{\"camera\": {}, \"bias\": {\"emGain\": 300, \"files\": [\"bias.ome.tif\"]}}", "belongs only in the emGain section")]
    [InlineData("{\"camera\": {}, \"flats\": [null]}", "not null")]
    [InlineData("{\"camera\": {}, \"bias\": {\"offsetMap\": \"bias.ome.tif\"}}", "needs both \"offsetMap\" (ADU) and \"readNoiseMap\"")]
    [InlineData("{\"camera\": {}, \"bias\": {\"offsetMap\": \"bias.ome.tif\", \"readNoiseMap\": \"bias.ome.tif\", \"files\": [\"bias.ome.tif\"]}}", "gives both frames")]
    [InlineData("{\"camera\": {}, \"bias\": {\"offsetMap\": \"bias.ome.tif\", \"readNoiseMap\": \"gone.tif\"}}", "bias: file \"gone.tif\" not found")]
    [InlineData("{\"camera\": {}, \"bias\": {\"offsetMap\": \"bias.ome.tif\", \"readNoiseMap\": \"bias.ome.tif\", \"exposureMs\": 0}}", "\"exposureMs\" has no meaning")]
    [InlineData("{\"camera\": {}, \"flats\": [{\"offsetMap\": \"bias.ome.tif\", \"readNoiseMap\": \"bias.ome.tif\"}]}", "flats[0] has \"offsetMap\"")]
    [InlineData("{\"camera\": {}, \"bias\": {\"files\": [\"bias.ome.tif\"], \"bias\": {\"files\": [\"bias.ome.tif\"]}}}", "bias has \"bias\", which belongs only in emGain")]
    [InlineData("{\"camera\": {}, \"emGain\": {\"reference\": {\"emGain\": 1, \"files\": [\"bias.ome.tif\"]}, \"amplified\": {\"emGain\": 300, \"files\": [\"bias.ome.tif\"], \"bias\": {\"files\": [\"nope.tif\"]}}}}", "emGain.amplified.bias: file \"nope.tif\" not found")]
    [InlineData("{\"camera\": {}, \"emGain\": {\"reference\": {\"emGain\": 1, \"files\": [\"bias.ome.tif\"]}, \"amplified\": {\"emGain\": 300, \"files\": [\"bias.ome.tif\"], \"bias\": {\"emGain\": 300, \"files\": [\"bias.ome.tif\"]}}}}", "emGain.amplified.bias has \"emGain\"")]
    [InlineData("{\"camera\": {}, \"acquired\": \"March 2026\", \"bias\": {\"files\": [\"bias.ome.tif\"]}}", "acquired \"March 2026\" is not an ISO 8601 date or time")]
    [InlineData("{\"camera\": {}, \"acquired\": \"2026-02-30\", \"bias\": {\"files\": [\"bias.ome.tif\"]}}", "acquired \"2026-02-30\"")]
    [InlineData("{\"camera\": {\"stated\": {\"readNoiseE\": -1}}, \"bias\": {\"files\": [\"bias.ome.tif\"]}}", "camera.stated.readNoiseE -1 must be a positive number")]
    [InlineData("{\"camera\": {\"stated\": {\"gain\": 1}}, \"bias\": {\"files\": [\"bias.ome.tif\"]}}", "'gain'")]
    [InlineData("{\"camera\": {}, \"conditions\": {\"temperatureC\": -300}, \"bias\": {\"files\": [\"bias.ome.tif\"]}}", "conditions.temperatureC -300")]
    public void A_bad_manifest_is_refused_naming_the_manifest_and_the_problem(string json, string problem)
    {
        string path = WriteSession(json);
        var ex = Assert.Throws<InvalidInputException>(() => SessionManifestFile.Load(path));
        Assert.Equal(path, ex.FilePath);
        Assert.Contains(problem, ex.Problem, StringComparison.Ordinal);
        Assert.DoesNotContain("CamTest.IO", ex.Message, StringComparison.Ordinal); // no .NET type names for users
    }

    [Fact]
    public void A_bias_as_maps_and_a_bias_per_em_gain_entry_load_with_their_files_resolved()
    {
        string path = WriteSession("""
            {"camera": {}, "bias": {"offsetMap": "bias.ome.tif", "readNoiseMap": "dark_1s.tif"},
             "emGain": {"reference": {"emGain": 1, "exposureMs": 10, "files": ["dim_1s.tif"]},
                        "amplified": {"emGain": 300, "exposureMs": 10, "files": ["dim_10ms_em300.tif"],
                                      "bias": {"offsetMap": "f10a.tif", "readNoiseMap": "f10b.tif"}}}}
            """);
        SessionManifest m = SessionManifestFile.Load(path);
        string folder = Path.GetDirectoryName(path)!;
        Assert.True(m.Bias!.IsMaps);
        Assert.Equal(Path.Combine(folder, "dark_1s.tif"), m.Bias.ReadNoiseMap);
        Assert.Equal(Path.Combine(folder, "f10a.tif"), m.EmGain!.Amplified!.Bias!.OffsetMap);
        Assert.Null(m.EmGain.Reference!.Bias);
        Assert.Contains(m.Stacks(), s => s.Section == "emGain.amplified.bias");

        // Saved, the nested maps are written relative again and load back the same.
        string copy = Path.Combine(folder, "copy.json");
        SessionManifestFile.Save(m, copy);
        Assert.Contains("\"offsetMap\": \"f10a.tif\"", File.ReadAllText(copy), StringComparison.Ordinal);
        Assert.Equal(m.EmGain.Amplified.Bias.ReadNoiseMap, SessionManifestFile.Load(copy).EmGain!.Amplified!.Bias!.ReadNoiseMap);
    }

    [Theory]
    [InlineData("{\"camera\": {}, \"bias\": {\"files\": [\"bias\\u0000.tif\"]}}", "bias: file name \"bias\\u0000.tif\" holds a character no path may contain")]
    [InlineData("{\"camera\": {}, \"bias\": {\"offsetMap\": \"bias.ome.tif\", \"readNoiseMap\": \"a\\u0000\"}}", "bias: file name \"a\\u0000\" holds")]
    [InlineData("{\"camera\": {}, \"emGain\": {\"reference\": {\"emGain\": 1, \"files\": [\"bias.ome.tif\"]}, \"amplified\": {\"emGain\": 300, \"files\": [\"bias.ome.tif\"], \"bias\": {\"files\": [\"\\u0000\"]}}}}", "emGain.amplified.bias: file name")]
    [InlineData("{\"camera\": {}, \"bias\": {\"files\": null}}", "bias lists no files")]
    public void A_file_name_no_path_may_hold_or_a_null_file_list_is_refused_naming_the_entry(string json, string problem)
    {
        // NUL made Path.GetFullPath throw ArgumentException (an internal error) before it was checked.
        string path = WriteSession(json);
        var ex = Assert.Throws<InvalidInputException>(() => SessionManifestFile.Load(path));
        Assert.Equal(path, ex.FilePath);
        Assert.Contains(problem, ex.Problem, StringComparison.Ordinal);
    }

    [Fact]
    public void A_null_file_list_beside_bias_maps_reads_as_no_files()
    {
        // "files": null with maps made AllFiles throw ArgumentNullException; null now means what leaving it out means.
        string path = WriteSession("{\"camera\": {}, \"bias\": {\"files\": null, \"offsetMap\": \"bias.ome.tif\", \"readNoiseMap\": \"dark_1s.tif\"}}");

        SessionManifest m = SessionManifestFile.Load(path);

        Assert.True(m.Bias!.IsMaps);
        Assert.Empty(m.Bias.Files);
        Assert.Equal(2, m.Bias.AllFiles.Count());
    }

    [Fact]
    public void A_file_listed_twice_is_checked_like_any_other()
    {
        // The check once went through Except(), which also dropped repeats; each listed name is now checked in turn.
        string path = WriteSession("{\"camera\": {}, \"bias\": {\"files\": [\"bias.ome.tif\", \"bias.ome.tif\", \"gone.tif\"]}}");
        var ex = Assert.Throws<InvalidInputException>(() => SessionManifestFile.Load(path));
        Assert.Contains("bias: file \"gone.tif\" not found", ex.Problem, StringComparison.Ordinal);
    }

    [Fact]
    public void Reads_acquired_serial_stated_values_and_conditions_for_the_history()
    {
        string path = WriteSession("""
            {"camera": {"name": "iXon", "serial": "X-100", "stated": {"gainEPerAdu": 4.9, "readNoiseE": 45, "darkCurrentEPerPixelPerS": 0.0002, "fullWellE": 180000, "emGain": 300}},
             "acquired": "2026-03-15T10:30:00+01:00", "conditions": {"temperatureC": -80, "readoutMode": "EM 10 MHz"},
             "bias": {"files": ["bias.ome.tif"]}}
            """);

        SessionManifest m = SessionManifestFile.Load(path);

        Assert.Equal("X-100", m.Camera!.Serial);
        Assert.Equal((4.9, 45.0, 0.0002, 180000.0, 300.0), (m.Camera.Stated!.GainEPerAdu, m.Camera.Stated.ReadNoiseE, m.Camera.Stated.DarkCurrentEPerPixelPerS, m.Camera.Stated.FullWellE, m.Camera.Stated.EmGain));
        Assert.Equal(new DateTimeOffset(2026, 3, 15, 9, 30, 0, TimeSpan.Zero), IsoTimestamp.TryParse(m.Acquired));
        Assert.Equal((-80.0, "EM 10 MHz"), (m.Conditions!.TemperatureC, m.Conditions.ReadoutMode));
    }

    [Fact]
    public void A_missing_manifest_is_refused()
    {
        var ex = Assert.Throws<InvalidInputException>(() => SessionManifestFile.Load("/no/such/session.json"));
        Assert.Equal("/no/such/session.json: session manifest not found", ex.Message);
    }

    /// <summary>Writes the manifest and the example's (one-byte) files into a fresh folder; returns the manifest path.</summary>
    private static string WriteSession(string json)
    {
        string folder = TestPaths.NewTempFolder("session");
        foreach (string file in ExampleFiles)
        {
            File.WriteAllBytes(Path.Combine(folder, file), [0]);
        }

        string path = Path.Combine(folder, "session.json");
        File.WriteAllText(path, json);
        return path;
    }
}
