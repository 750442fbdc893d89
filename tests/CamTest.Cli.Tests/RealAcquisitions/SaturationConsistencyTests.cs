using System.Text.Json;
using System.Text.Json.Nodes;
using CamTest.IO.Emva;
using CamTest.TestSupport;

namespace CamTest.Cli.Tests.RealAcquisitions;

/// <summary>
/// Saturation consistent with itself, on sessions in real formats (simulated stacks with known full well, stacks
/// written by the project's OME-TIFF writer, EMVA sets 001 and 002): the level at the variance maximum is the
/// saturation level, not "past" it; the saturation capacity follows the EMVA 1288 R4 rule, never the mean of clipped
/// frames; stating the ADC's true bit depth does not move the linear full well; the linear full well is never above
/// the saturation capacity.
/// </summary>
public class SaturationConsistencyTests
{
    private static JsonElement Analyze(string session, string outDir) =>
        SessionChecks.Results(CliRun.Of("analyze", session, "--out", outDir, "--json"));

    private static (double Value, double StdErr) Figure(JsonElement r, string section, string name)
    {
        JsonElement q = r.GetProperty(section).GetProperty(name);
        return (q.GetProperty("value").GetDouble(), q.GetProperty("stderr").GetDouble());
    }

    /// <summary>The photon transfer point whose signal times the gain is the saturation capacity.</summary>
    private static JsonElement CapacityLevel(JsonElement r)
    {
        double gain = r.GetProperty("gain").GetProperty("systemGain").GetProperty("value").GetDouble();
        double capacity = Figure(r, "saturation", "saturationCapacity").Value;
        return Assert.Single(r.GetProperty("gain").GetProperty("points").EnumerateArray(),
            p => Math.Abs((p.GetProperty("signalAdu").GetDouble() * gain) - capacity) <= 1e-9 * capacity);
    }

    private static string[] SaturatedFiles(JsonElement r) =>
        [.. r.GetProperty("diagnostics").EnumerateArray()
            .Where(d => d.GetProperty("code").GetString() == "gain.flat-saturated")
            .SelectMany(d => d.GetProperty("files").EnumerateArray().Select(f => Path.GetFileName(f.GetString()!)))];

    /// <summary>
    /// Simulated cameras (camtest simulate, seed 7, truth known): two limited by the pixel's soft full well, one by its
    /// 12-bit ADC. The simulator's response is linear up to the linear full well L and then bends, so the temporal
    /// variance peaks at L (its slope falls past it) or, when the ADC clips first, just below the ADC limit. The
    /// flat levels are a tenth of the saturation charge apart, so the measured capacity (a level's signal) lies at
    /// most one step plus the pixels' spread (4 sigma of shot and PRNU, where 0.1 % of pixels clip) below the true
    /// saturation, and not above it beyond 3 of its standard errors.
    /// </summary>
    [Theory]
    [InlineData("scmos-large")]
    [InlineData("ccd-interline")]
    [InlineData("astro-cmos")]
    public void Simulated_saturation_is_consistent_and_matches_the_truth(string preset)
    {
        SimulatedSessionCopy sim = SimulatedSessionCopy.Simulate(TestPaths.NewTempFolder("sat-" + preset), preset, 7);
        JsonElement r = Analyze(sim.SessionPath, Path.Combine(sim.Folder, "out"));
        using JsonDocument truthDoc = JsonDocument.Parse(File.ReadAllText(Path.Combine(sim.Folder, "truth.json")));
        JsonElement truth = truthDoc.RootElement.GetProperty("saturation");
        double linearTrue = truth.GetProperty("linearFullWell").GetProperty("value").GetDouble();
        double adcTrue = truth.GetProperty("adcLimit").GetProperty("value").GetDouble();
        double prnu = truthDoc.RootElement.GetProperty("camera").GetProperty("prnuPercent").GetDouble() / 100;
        double saturationTrue = Math.Min(linearTrue, adcTrue);
        double step = truth.GetProperty("saturationCharge").GetProperty("value").GetDouble() / 10;
        double spread = Math.Sqrt(saturationTrue + Math.Pow(prnu * saturationTrue, 2));

        (double capacity, double capacityErr) = Figure(r, "saturation", "saturationCapacity");
        (double linear, _) = Figure(r, "saturation", "linearFullWell");
        Assert.InRange(capacity, saturationTrue - step - (4 * spread) - (3 * capacityErr), saturationTrue + (3 * capacityErr));
        Assert.True(linear <= capacity, $"linear full well {linear} above the saturation capacity {capacity}");

        // (a) The capacity's own level is the saturation level: not flagged, not named among the saturated flats,
        // and the brighter unclipped ones are past it.
        JsonElement level = CapacityLevel(r);
        Assert.False(level.GetProperty("saturated").GetBoolean());
        string file = $"flat_{level.GetProperty("exposureMs").GetDouble():0000}ms.ome.tif";
        string[] saturated = SaturatedFiles(r);
        Assert.DoesNotContain(file, saturated);
        Assert.NotEmpty(saturated);
        Assert.Equal(adcTrue < linearTrue ? "adc" : "full well", r.GetProperty("saturation").GetProperty("limitedBy").GetString());
    }

    /// <summary>
    /// (b) EMVA 1288 R4: two flats have a few pixels pinned at the 12-bit top code (0.5 % and 2 %; a bright speck)
    /// while the rest still gains signal, so the variance still rises through them. Saturation is the level before
    /// the first, never the mean of the clipped frames; both clipped levels are named as saturated by their clipping.
    /// Stacks written by the project's OME-TIFF writer (gain 2 e-/ADU, bias 100 ADU).
    /// </summary>
    [Fact]
    public void Saturation_capacity_is_the_level_before_clipping_while_the_variance_still_rises()
    {
        var s = new SyntheticStacks(TestPaths.NewTempFolder("sat-clipped"));
        var flats = new List<object>();
        for (int i = 1; i <= 5; i++)
        {
            flats.Add(new { exposureMs = 10.0 * i, files = new[] { s.Write($"flat{10 * i}.ome.tif", 2, 500 * i, 10 * i) } });
        }

        foreach ((int ms, double pinned) in new[] { (60, 0.005), (70, 0.02) })
        {
            ushort[][] frames = [s.Frame(50 * ms), s.Frame(50 * ms)];
            foreach (ushort[] f in frames)
            {
                Array.Fill(f, (ushort)4095, 0, (int)(pinned * f.Length));
            }

            flats.Add(new { exposureMs = (double)ms, files = new[] { s.WriteFrames($"flat{ms}.ome.tif", frames, ms) } });
        }

        var manifest = new { camera = new { name = "speck", sensor = "CCD", bitDepth = 12 }, bias = new { files = new[] { s.Write("bias.ome.tif", 4, 0) } }, flats };
        JsonElement r = Analyze(s.Session(manifest), Path.Combine(s.Folder, "out"));

        Assert.Equal(50.0, CapacityLevel(r).GetProperty("exposureMs").GetDouble());
        double gain = r.GetProperty("gain").GetProperty("systemGain").GetProperty("value").GetDouble();
        Assert.InRange(Figure(r, "saturation", "saturationCapacity").Value / gain, 2500 - 5, 2500 + 5);
        // One digest of the saturated levels: it names both files, and says each is clipped (not past a maximum).
        JsonElement d = SessionChecks.AssertDiagnostic(r, "gain.flat-saturated", null);
        Assert.Equal(["flat60.ome.tif", "flat70.ome.tif"], SaturatedFiles(r).Order());
        Assert.Contains("60 ms (0.5 % of pixels at the top code)", d.GetProperty("message").GetString(), StringComparison.Ordinal);
        Assert.True(Figure(r, "saturation", "linearFullWell").Value <= Figure(r, "saturation", "saturationCapacity").Value);
    }

    /// <summary>
    /// (c) A 12-bit camera whose files state only 16-bit words (no significant-bits metadata): stating the true bit
    /// depth (camera.bitDepth 12) says the ADC limits, and leaves the linear full well and capacity as they were.
    /// </summary>
    [Fact]
    public void Stating_the_true_bit_depth_does_not_move_the_linear_full_well()
    {
        SimulatedSessionCopy sim = SimulatedSessionCopy.Simulate(TestPaths.NewTempFolder("sat-bitdepth"), "astro-cmos", 7);
        JsonObject m = sim.Manifest();
        foreach (JsonNode? entry in m["flats"]!.AsArray().Append(m["bias"]))
        {
            string name = entry!["files"]![0]!.GetValue<string>();
            entry["files"] = new JsonArray(sim.Copy(name, "words16_" + name, fileBitDepth: 16));
        }

        m.Remove("darks");
        m.Remove("hotPixels");
        m["camera"]!.AsObject().Remove("bitDepth");
        JsonElement unstated = Analyze(sim.Write(m, "unstated.json"), Path.Combine(sim.Folder, "unstated"));
        m["camera"]!["bitDepth"] = 12;
        JsonElement stated = Analyze(sim.Write(m, "stated.json"), Path.Combine(sim.Folder, "stated"));

        Assert.Equal("full well", unstated.GetProperty("saturation").GetProperty("limitedBy").GetString());
        Assert.Equal("adc", stated.GetProperty("saturation").GetProperty("limitedBy").GetString());
        Assert.Equal(Figure(unstated, "saturation", "linearFullWell"), Figure(stated, "saturation", "linearFullWell"));
        Assert.Equal(Figure(unstated, "saturation", "saturationCapacity"), Figure(stated, "saturation", "saturationCapacity"));
    }

    /// <summary>
    /// The committed crops of EMVA sets 001 (12-bit in 16-bit PNG words) and 002 (8-bit), with and without their
    /// bit depth stated: the same linear full well, never above the saturation capacity, and the capacity's level
    /// unflagged (runs on a fresh clone).
    /// </summary>
    [Theory]
    [InlineData("emva001")]
    [InlineData("emva002")]
    public void The_emva_crops_saturate_consistently_with_and_without_their_bit_depth(string set)
    {
        EmvaDescriptor d = EmvaDescriptorParser.Parse(TestPaths.Fixture("real", set, "EMVA1288_Data.txt"));
        AssertConsistentWithAndWithoutBitDepth(d, set);
    }

    /// <summary>The same on the full sets (shared data); set 001's brightest unclipped level before 0.1 % of pixels
    /// clip is its saturation level (10.3 ms), where the variance-maximum-only rule took a frame of clipped pixels.</summary>
    [SharedDataTheory]
    [InlineData("emva1288_refset001_ccd12bit_basler")]
    [InlineData("emva1288_refset002_cmos8bit_stemmer_subset")]
    public void The_full_emva_sets_saturate_consistently_with_and_without_their_bit_depth(string set)
    {
        EmvaDescriptor d = EmvaDescriptorParser.Parse(TestPaths.SharedData(set, "EMVA1288_Data.txt"));
        JsonElement r = AssertConsistentWithAndWithoutBitDepth(d, set);
        if (set.Contains("001", StringComparison.Ordinal))
        {
            Assert.Equal(10.3, CapacityLevel(r).GetProperty("exposureMs").GetDouble(), 6);
            JsonElement clipped = Assert.Single(r.GetProperty("gain").GetProperty("points").EnumerateArray(), p => p.GetProperty("exposureMs").GetDouble() == 10.6);
            Assert.True(clipped.GetProperty("saturated").GetBoolean());
        }
    }

    private static JsonElement AssertConsistentWithAndWithoutBitDepth(EmvaDescriptor d, string name)
    {
        string folder = TestPaths.NewTempFolder("sat-" + name);
        string statedFolder = Path.Combine(folder, "stated"), unstatedFolder = Path.Combine(folder, "unstated");
        Directory.CreateDirectory(statedFolder);
        Directory.CreateDirectory(unstatedFolder);
        JsonElement stated = Analyze(EmvaSessionFile.Write(d, statedFolder, name), Path.Combine(statedFolder, "out"));
        JsonElement unstated = Analyze(EmvaSessionFile.Write(d, unstatedFolder, name, statesBitDepth: false), Path.Combine(unstatedFolder, "out"));

        Assert.Equal(Figure(unstated, "saturation", "linearFullWell"), Figure(stated, "saturation", "linearFullWell"));
        Assert.Equal(Figure(unstated, "saturation", "saturationCapacity"), Figure(stated, "saturation", "saturationCapacity"));
        Assert.True(Figure(stated, "saturation", "linearFullWell").Value <= Figure(stated, "saturation", "saturationCapacity").Value);
        Assert.False(CapacityLevel(stated).GetProperty("saturated").GetBoolean());
        return stated;
    }
}
