using System.Globalization;
using System.Text;
using System.Text.Json;
using CamTest.IO.Emva;
using CamTest.Simulation.Emva;
using CamTest.TestSupport;

namespace CamTest.Cli.Tests.Emva;

/// <summary>
/// Descriptors as real acquisitions write them, which the reference implementation refuses or gets silently wrong:
/// a repeated (exposure, photons) entry, no spatial set, and photon counts 1000 times too small.
/// </summary>
public class EmvaDescriptorVariantTests
{
    [Fact]
    public void A_repeated_entry_adds_pairs_to_its_point()
    {
        EmvaSimulatedMeasurement m = SimulatedEmva.Write("emva-repeat", new EmvaSimulationOptions { Points = 20, PairsPerPoint = 2, SpatialFrames = 0 });
        using EmvaRun r = EmvaRun.Of(m.DescriptorPath, "emva-repeat-out");

        Assert.Equal(0, r.Run.ExitCode);
        Assert.Equal(20, r.Emva.GetProperty("points").GetArrayLength());
        Assert.All(r.Emva.GetProperty("points").EnumerateArray(), p => Assert.Equal(2, p.GetProperty("pairs").GetInt32()));
        // Information, not a warning: diagnostics[] carries it with its code.
        JsonElement repeated = Assert.Single(r.Diagnostics, d => d.GetProperty("code").GetString() == "emva.repeated-point");
        Assert.Equal("info", repeated.GetProperty("severity").GetString());
        string note = repeated.GetProperty("message").GetString()!;
        Assert.StartsWith("20 bright point(s)", note, StringComparison.Ordinal);
        Assert.Contains("EMVA1288_Data.txt line 7 repeats EMVA1288_Data.txt line 4", note, StringComparison.Ordinal);
        double k = r.Value("systemGain"), error = r.StdErr("systemGain");
        Assert.True(Math.Abs(k - m.TrueSystemGain) <= 3 * error, $"K {k} ± {error}, truth {m.TrueSystemGain}");
    }

    [Fact]
    public void Without_a_spatial_set_the_temporal_figures_stand_and_the_spatial_ones_are_named_as_missing()
    {
        EmvaSimulatedMeasurement m = SimulatedEmva.Write("emva-nospatial", new EmvaSimulationOptions { Points = 20, SpatialFrames = 0 });
        using EmvaRun r = EmvaRun.Of(m.DescriptorPath, "emva-nospatial-out");

        Assert.Equal(0, r.Run.ExitCode);
        Assert.True(r.Has("systemGain") && r.Has("quantumEfficiency") && r.Has("sensitivityThreshold") && r.Has("saturationCapacity"));
        Assert.False(r.Has("dsnu") || r.Has("prnu") || r.Has("spectrograms") || r.Has("histograms"));
        JsonElement noSpatial = SessionChecks.AssertDiagnostic(r.Document!.RootElement, "emva.no-spatial-set", null);
        Assert.Contains(noSpatial.GetProperty("message").GetString(), r.Warnings);
        Assert.Contains(r.Emva.GetProperty("notMeasured").EnumerateArray(), n => n.GetProperty("figures").EnumerateArray().Any(f => f.GetString() == "prnu"));
    }

    [SharedDataFact]
    public void Photon_counts_1000_times_too_small_are_named_with_the_factor_that_fixes_them()
    {
        // Reference set 001's temporal pairs (no spatial sets, to stay quick) with every photon count divided by 1000.
        EmvaDescriptor set001 = EmvaDescriptorParser.Parse(TestPaths.SharedData("emva1288_refset001_ccd12bit_basler", "EMVA1288_Data.txt"));
        var text = new StringBuilder("n 12 640 480\n");
        foreach (EmvaImageSet pair in set001.BrightPairs.Concat(set001.DarkPairs))
        {
            text.Append(pair.PhotonsPerPixel is double p
                ? string.Create(CultureInfo.InvariantCulture, $"b {pair.Exposure} {p / 1000}\n")
                : string.Create(CultureInfo.InvariantCulture, $"d {pair.Exposure}\n"));
            text.Append(string.Concat(pair.ImagePaths.Select(i => $"i {i}\n")));
        }

        string descriptor = Path.Combine(TestPaths.NewTempFolder("emva-photons"), "too_few_photons.txt");
        File.WriteAllText(descriptor, text.ToString());
        using EmvaRun r = EmvaRun.Of(descriptor, "emva-photons-out");

        Assert.Equal(0, r.Run.ExitCode);
        Assert.InRange(r.Value("quantumEfficiency"), 45000, 45500);
        string warning = SessionChecks.AssertDiagnostic(r.Document!.RootElement, "emva.implausible-qe", null).GetProperty("message").GetString()!;
        Assert.Contains(warning, r.Warnings);
        // What this test is about is the advice in the message: the file, the measured QE and the factor that fixes it.
        Assert.Contains("too_few_photons.txt", warning, StringComparison.Ordinal);
        Assert.Contains("above 100 %", warning, StringComparison.Ordinal);
        Assert.Contains("quantum efficiency 45,249 %", warning, StringComparison.Ordinal);
        Assert.Contains("larger by 1,000 would give 45.2 %", warning, StringComparison.Ordinal);
        // K does not depend on photons: the same as with the right counts.
        Assert.Equal(0.2800626, r.Value("systemGain"), 6);
    }
}
