using CamTest.IO.Emva;
using CamTest.TestSupport;

namespace CamTest.IO.Tests.Emva;

public class EmvaDescriptorParserTests
{
    [SharedDataFact]
    public void Parses_reference_set_001_as_its_readme_describes()
    {
        string path = TestPaths.SharedData("emva1288_refset001_ccd12bit_basler", "EMVA1288_Data.txt");

        EmvaDescriptor descriptor = EmvaDescriptorParser.Parse(path);

        // Expected values: the data set's README (50 bright + 50 dark pairs 40 us .. 14.02 ms, 50 + 50 spatial frames at 5.16 ms).
        Assert.Equal("3.0", descriptor.Version);
        Assert.Equal((12, 640, 480), (descriptor.Bits, descriptor.Width, descriptor.Height));
        Assert.Equal(50, descriptor.BrightPairs.Count);
        Assert.Equal(50, descriptor.DarkPairs.Count);
        Assert.Equal(40000.0, descriptor.BrightPairs[0].Exposure);
        Assert.Equal(120.0, descriptor.BrightPairs[0].PhotonsPerPixel);
        Assert.Equal(14020000.0, descriptor.BrightPairs[^1].Exposure);
        Assert.Equal(42137.0, descriptor.BrightPairs[^1].PhotonsPerPixel);
        Assert.Null(descriptor.DarkPairs[0].PhotonsPerPixel);

        EmvaImageSet brightSpatial = Assert.IsType<EmvaImageSet>(descriptor.BrightSpatial);
        Assert.Equal(50, brightSpatial.ImagePaths.Count);
        Assert.Equal(5160000.0, brightSpatial.Exposure);
        Assert.Equal(15508.0, brightSpatial.PhotonsPerPixel);
        Assert.Equal(50, descriptor.DarkSpatial!.ImagePaths.Count);

        // Backslash paths resolved against the descriptor's folder: every named image exists.
        Assert.Equal(300, descriptor.AllImagePaths.Count());
        Assert.All(descriptor.AllImagePaths, p => Assert.True(File.Exists(p), p));
        Assert.EndsWith("images/b_000_snap_001.png", descriptor.BrightPairs[0].ImagePaths[0], StringComparison.Ordinal);
        Assert.Empty(descriptor.Notices);
    }

    [SharedDataFact]
    public void Parses_reference_set_002_subset_and_its_full_original()
    {
        string folder = TestPaths.SharedData("emva1288_refset002_cmos8bit_stemmer_subset");

        EmvaDescriptor subset = EmvaDescriptorParser.Parse(Path.Combine(folder, "EMVA1288_Data.txt"));
        EmvaDescriptor full = EmvaDescriptorParser.Parse(Path.Combine(folder, "EMVA1288_Data_original_full.txt"));

        // Expected values: the data set's README (subset: 21 steps of pairs, 16 + 16 spatial; full: 100 + 100 pairs, 100 + 100 spatial).
        Assert.Equal((8, 2048, 512), (subset.Bits, subset.Width, subset.Height));
        Assert.Equal(21, subset.BrightPairs.Count);
        Assert.Equal(21, subset.DarkPairs.Count);
        Assert.Equal(16, subset.BrightSpatial!.ImagePaths.Count);
        Assert.Equal(16, subset.DarkSpatial!.ImagePaths.Count);
        Assert.Equal(140.0, subset.BrightSpatial.Exposure);
        Assert.Equal(947.92, subset.BrightSpatial.PhotonsPerPixel);
        Assert.Equal(0.35, subset.BrightPairs[0].PhotonsPerPixel);
        Assert.All(subset.AllImagePaths, p => Assert.True(File.Exists(p), p));

        Assert.Equal(100, full.BrightPairs.Count);
        Assert.Equal(100, full.DarkPairs.Count);
        Assert.Equal(100, full.BrightSpatial!.ImagePaths.Count);
        Assert.Equal(100, full.DarkSpatial!.ImagePaths.Count);
    }

    [Fact]
    public void Reads_windows_paths_decimal_commas_and_crlf()
    {
        string path = TestPaths.Fixture("emva", "small_descriptor.txt");

        EmvaDescriptor descriptor = EmvaDescriptorParser.Parse(path);

        Assert.Equal("4.0", descriptor.Version);
        Assert.Equal(1000.5, descriptor.BrightPairs.Single().Exposure);
        Assert.Equal(250.25, descriptor.BrightPairs.Single().PhotonsPerPixel);
        Assert.Equal(Path.Combine(TestPaths.Fixture("emva"), "images", "b_000_b.png"), descriptor.BrightPairs[0].ImagePaths[1]);
        Assert.True(descriptor.DarkPairs.Single().IsTemporalPair);
        Assert.Equal(3, descriptor.BrightSpatial!.ImagePaths.Count);
        Assert.Equal(4, descriptor.DarkSpatial!.ImagePaths.Count);
        Assert.False(descriptor.DarkSpatial.IsTemporalPair);
        Assert.Equal(11, descriptor.BrightSpatial.LineNumber);
    }

    [Theory]
    [InlineData("n 12 640 480\nb 40000 120\ni a.png\nb 80000 240\ni c.png\ni d.png\n", "line 2: bright set has 1 image(s)")]
    [InlineData("n 12 640 480\nb 40000\ni a.png\ni b.png\n", "line 2: 'b 40000' should be 'b exposure photons'")]
    [InlineData("n 12 640 480\nd fast\ni a.png\ni b.png\n", "line 2: exposure 'fast' is not a non-negative number")]
    [InlineData("n 12 640\nd 5\ni a.png\ni b.png\n", "line 1: 'n 12 640' should be 'n bits width height'")]
    [InlineData("n 12 640 480\ni a.png\n", "line 2: 'i' image line before any 'b' or 'd' line")]
    [InlineData("v 3.0\nd 5\ni a.png\ni b.png\n", "no 'n bits width height' line")]
    [InlineData("n 12 640 480\nn 8 64 48\n", "line 2: only one 'n bits width height' line")]
    [InlineData("n 12 640 480\nb -1 120\ni a.png\ni b.png\n", "line 2: exposure '-1' is not a non-negative number")]
    [InlineData("# nothing here\nn 12 640 480\n", "lists no bright ('b') or dark ('d') image sets")]
    [InlineData("n 12 640 480\nd 5\ni a\0.png\ni b.png\n", "line 3: image name 'a\\u0000.png' holds a character no path may contain")]
    public void Refuses_malformed_descriptor_naming_the_line(string text, string expectedProblem)
    {
        string path = Path.Combine(TestPaths.NewTempFolder("emva"), "descriptor.txt");
        File.WriteAllText(path, text);

        var error = Assert.Throws<InvalidInputException>(() => EmvaDescriptorParser.Parse(path));

        Assert.Contains(expectedProblem, error.Problem, StringComparison.Ordinal);
        Assert.Equal(path, error.FilePath);
    }

    [Fact]
    public void Keeps_a_repeated_exposure_and_photon_count_as_more_pairs_at_that_point()
    {
        EmvaDescriptor d = EmvaDescriptorParser.ParseText(
            "/data/x.txt", "n 12 8 8\nd 5\ni a.png\ni b.png\nd 5\ni c.png\ni d.png\nb 5 100\ni e.png\ni f.png\nb 5 100\ni g.png\ni h.png\n");

        Assert.Equal([2, 5], d.DarkPairs.Select(s => s.LineNumber));
        Assert.Equal([8, 11], d.BrightPairs.Select(s => s.LineNumber));
        Assert.All(d.BrightPairs, s => Assert.Equal(100, s.PhotonsPerPixel));
    }

    [Fact]
    public void Keeps_unknown_commands_as_notices_with_their_code_and_line()
    {
        EmvaDescriptor descriptor = EmvaDescriptorParser.ParseText("/data/x.txt", "n 8 4 4\nq something new\nd 1\ni a.png\ni b.png\n");

        Assert.Equal(new InputNotice(InputNoticeIds.EmvaUnknownCommand, "line 2: unknown command 'q' ignored"), Assert.Single(descriptor.Notices));
        Assert.Equal("/data/a.png", descriptor.DarkPairs[0].ImagePaths[0]);
    }
}
