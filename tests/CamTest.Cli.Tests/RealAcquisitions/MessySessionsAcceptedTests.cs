using System.Text.Json;
using System.Text.Json.Nodes;
using CamTest.TestSupport;

namespace CamTest.Cli.Tests.RealAcquisitions;

/// <summary>
/// What real acquisitions produce, accepted: dark entries at one exposure, a 0 ms dark pair beside longer darks, a
/// one-frame bias, no bias but dark pairs, an exposure the manifest states against the file's metadata, and
/// left-shifted codes. Each on OME-TIFF stacks, each asserting the exit code, the diagnostic code and the file.
/// </summary>
public class MessySessionsAcceptedTests
{
    private readonly SyntheticStacks _s = new(TestPaths.NewTempFolder("messy"));

    private static readonly object Camera = new { name = "test", sensor = "CCD", bitDepth = 12 };

    private string OutDir => Path.Combine(_s.Folder, "out");

    private CliRun Analyze(object manifest) => CliRun.Of("analyze", _s.Session(manifest), "--out", OutDir, "--json");

    [Fact]
    public void Two_dark_entries_at_one_exposure_become_one_level_with_more_pairs()
    {
        string a = _s.Write("dark_a.ome.tif", 2, 5, 1000), b = _s.Write("dark_b.ome.tif", 2, 5, 1000);
        JsonElement r = SessionChecks.Results(Analyze(new
        {
            camera = Camera, bias = new { files = new[] { _s.Write("bias.ome.tif", 4, 0) } },
            darks = new[] { new { exposureMs = 1000.0, files = new[] { a } }, new { exposureMs = 1000.0, files = new[] { b } }, new { exposureMs = 2000.0, files = new[] { _s.Write("dark_2s.ome.tif", 2, 10, 2000) } } },
        }));
        JsonElement d = SessionChecks.AssertDiagnostic(r, "session.exposures-merged", a);
        Assert.Contains("dark_b.ome.tif", d.GetProperty("message").GetString(), StringComparison.Ordinal);
        Assert.Equal("info", d.GetProperty("severity").GetString());
        // One level per exposure: 1000 ms (4 frames) and 2000 ms.
        Assert.Equal(2, r.GetProperty("darkCurrent").GetProperty("points").GetArrayLength());
    }

    [Fact]
    public void A_dark_pair_at_0_ms_beside_longer_darks_is_used()
    {
        JsonElement r = SessionChecks.Results(Analyze(new
        {
            camera = Camera, bias = new { files = new[] { _s.Write("bias.ome.tif", 4, 0) } },
            darks = new[] { new { exposureMs = 0.0, files = new[] { _s.Write("dark_0ms.ome.tif", 2, 0, 0) } }, new { exposureMs = 1000.0, files = new[] { _s.Write("dark_1s.ome.tif", 2, 5, 1000) } } },
        }));
        JsonElement points = r.GetProperty("darkCurrent").GetProperty("points");
        Assert.Contains(points.EnumerateArray(), p => p.GetProperty("exposureS").GetDouble() == 0);
        // Rate in ADU/s: the 5 ADU/s written, within 4 standard errors (two frame means per level, 3 ADU noise over 3072
        // pixels: each mean is known to about 0.05 ADU).
        JsonElement rate = r.GetProperty("darkCurrent").GetProperty("rateAdu");
        Assert.InRange(5.0, rate.GetProperty("value").GetDouble() - (4 * rate.GetProperty("stderr").GetDouble()), rate.GetProperty("value").GetDouble() + (4 * rate.GetProperty("stderr").GetDouble()));
    }

    [Fact]
    public void No_bias_but_dark_pairs_gives_the_temporal_dark_noise_of_the_shortest_pair()
    {
        string shortest = _s.Write("dark_10ms.ome.tif", 2, 0, 10);
        JsonElement r = SessionChecks.Results(Analyze(new
        {
            camera = Camera,
            darks = new[] { new { exposureMs = 10.0, files = new[] { shortest } }, new { exposureMs = 1000.0, files = new[] { _s.Write("dark_1s.ome.tif", 2, 5, 1000) } } },
        }));
        SessionChecks.AssertDiagnostic(r, "readNoise.from-dark-pair", shortest);
        JsonElement noise = r.GetProperty("readNoise");
        Assert.Equal(10.0, noise.GetProperty("fromDarkPairMs").GetDouble());
        // 3 ADU written; one pair of 3072 pixels knows its variance to sqrt(2/3072) = 2.6 %, the root to 1.3 %: 4 of those.
        Assert.InRange(noise.GetProperty("darkNoiseAdu").GetProperty("value").GetDouble(), 3 * 0.95, 3 * 1.05);
    }

    [Fact]
    public void A_manifest_exposure_against_the_files_metadata_is_used_with_a_warning_naming_both()
    {
        string flat = _s.Write("flat_clamped.ome.tif", 2, 500, 4.8);
        JsonElement r = SessionChecks.Results(Analyze(new
        {
            camera = Camera, bias = new { files = new[] { _s.Write("bias.ome.tif", 4, 0) } },
            flats = new[] { new { exposureMs = 5.0, files = new[] { flat } }, new { exposureMs = 10.0, files = new[] { _s.Write("flat10.ome.tif", 2, 1000, 10) } } },
        }));
        string message = SessionChecks.AssertDiagnostic(r, "session.exposure-mismatch", flat).GetProperty("message").GetString()!;
        Assert.Contains("5 ms", message, StringComparison.Ordinal);
        Assert.Contains("4.8 ms", message, StringComparison.Ordinal);
        Assert.Contains("manifest's 5 ms was used", message, StringComparison.Ordinal);
        Assert.Contains(r.GetProperty("gain").GetProperty("points").EnumerateArray(), p => p.GetProperty("exposureMs").GetDouble() == 5.0);
    }
}
