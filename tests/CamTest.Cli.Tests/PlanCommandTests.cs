using System.Text.Json;
using System.Text.RegularExpressions;
using CamTest.TestSupport;

namespace CamTest.Cli.Tests;

public partial class PlanCommandTests
{
    [Fact]
    public void Plan_json_lists_the_protocol_s_stacks()
    {
        CliRun run = CliRun.Of("plan", "--json");
        Assert.Equal(0, run.ExitCode);
        using var doc = JsonDocument.Parse(run.Stdout);
        JsonElement[] steps = doc.RootElement.GetProperty("steps").EnumerateArray().ToArray();
        // The protocol: 100 bias frames with the lens cap on.
        JsonElement bias = steps.Single(s => s.GetProperty("section").GetString() == "bias");
        Assert.Equal(100, bias.GetProperty("frames").GetInt32());
        Assert.Equal("on", bias.GetProperty("lensCap").GetString());
        // Flat pairs at 5, 10, 20 and 40 ms, lit.
        var flats = steps.Where(s => s.GetProperty("section").GetString() == "flats").ToArray();
        foreach (double ms in new double[] { 5, 10, 20, 40 })
        {
            JsonElement flat = flats.Single(f => f.GetProperty("exposureMs").GetDouble() == ms);
            Assert.Equal(2, flat.GetProperty("frames").GetInt32());
            Assert.Equal("off", flat.GetProperty("lensCap").GetString());
        }

        // Hot pixels: a 10-frame stack at about 5 s, dark.
        JsonElement hot = steps.Single(s => s.GetProperty("section").GetString() == "hotPixels");
        Assert.Equal(10, hot.GetProperty("frames").GetInt32());
        Assert.Equal(5000, hot.GetProperty("exposureMs").GetDouble());
        // Darks come in pairs.
        Assert.All(steps.Where(s => s.GetProperty("section").GetString() == "darks"), d => Assert.Equal(2, d.GetProperty("frames").GetInt32()));
        Assert.DoesNotContain(steps, s => s.GetProperty("section").GetString()!.StartsWith("emGain", StringComparison.Ordinal));
    }

    [Fact]
    public void Emccd_plan_adds_the_em_gain_pair_of_1_s_and_10_ms()
    {
        CliRun run = CliRun.Of("plan", "--sensor", "EMCCD", "--json");
        using var doc = JsonDocument.Parse(run.Stdout);
        JsonElement emGain = doc.RootElement.GetProperty("session").GetProperty("emGain");
        Assert.Equal(1000, emGain.GetProperty("reference").GetProperty("exposureMs").GetDouble());
        Assert.Equal(10, emGain.GetProperty("amplified").GetProperty("exposureMs").GetDouble());
        Assert.Equal(1, emGain.GetProperty("reference").GetProperty("emGain").GetDouble());
    }

    [SharedDataTheory]
    [InlineData("sCMOS")]
    [InlineData("EMCCD")]
    public void Session_template_has_the_shape_of_the_guide_s_manifest(string sensor)
    {
        // The independent reference: the example manifest in GUIDE.md section 2.
        string guide = File.ReadAllText(Path.Combine(TestPaths.SharedRoot, "GUIDE.md"));
        Match block = JsonBlock().Match(guide[guide.IndexOf("### Session manifest", StringComparison.Ordinal)..]);
        Assert.True(block.Success, "GUIDE.md holds no session.json example");
        using var expected = JsonDocument.Parse(block.Groups[1].Value);

        string folder = TestPaths.NewTempFolder("plan");
        CliRun run = CliRun.Of("plan", "--sensor", sensor, "--out", folder);
        Assert.Equal(0, run.ExitCode);
        using var actual = JsonDocument.Parse(File.ReadAllText(Path.Combine(folder, "session.json")));
        AssertSameShape(expected.RootElement, actual.RootElement, "$", requireAll: sensor == "EMCCD", expected.RootElement);
        Assert.Equal(sensor, actual.RootElement.GetProperty("camera").GetProperty("sensor").GetString());
    }

    [Fact]
    public void Plan_out_writes_a_micro_manager_script_naming_every_stack()
    {
        string folder = TestPaths.NewTempFolder("plan");
        Assert.Equal(0, CliRun.Of("plan", "--out", folder).ExitCode);
        string script = File.ReadAllText(Path.Combine(folder, "acquire_camtest.bsh"));
        using var session = JsonDocument.Parse(File.ReadAllText(Path.Combine(folder, "session.json")));
        foreach (JsonElement flat in session.RootElement.GetProperty("flats").EnumerateArray())
        {
            string stack = flat.GetProperty("files")[0].GetString()!.Replace(".ome.tif", string.Empty, StringComparison.Ordinal);
            Assert.Contains($"{{\"{stack}\", \"flats\", \"{flat.GetProperty("exposureMs").GetDouble()}\", \"2\"", script, StringComparison.Ordinal);
        }

        Assert.Contains("{\"bias\", \"bias\", \"0\", \"100\", \"1\"", script, StringComparison.Ordinal);
        Assert.Contains("session.json", script, StringComparison.Ordinal);
    }

    [Fact]
    public void Plan_never_overwrites_an_existing_session_json()
    {
        string folder = TestPaths.NewTempFolder("plan");
        string existing = Path.Combine(folder, "session.json");
        File.WriteAllText(existing, "{\"mine\": true}");
        CliRun run = CliRun.Of("plan", "--out", folder);
        Assert.Equal(2, run.ExitCode);
        run.AssertOneLineError("already exists");
        Assert.Equal("{\"mine\": true}", File.ReadAllText(existing));
    }

    [Theory]
    [InlineData("sCMOS")]
    [InlineData("CCD")]
    [InlineData("EMCCD")]
    public void The_plan_puts_at_least_8_flat_levels_inside_the_fit_range_and_brackets_saturation(string sensor)
    {
        using var doc = JsonDocument.Parse(CliRun.Of("plan", "--sensor", sensor, "--json").Stdout);
        // The light is set so 40 ms reaches about 40 % of full scale (the first flat's light target says so): the
        // level of a flat, in % of full scale, is its exposure in ms. EMVA 1288 fits up to 70 % of saturation.
        double[] levels = [.. doc.RootElement.GetProperty("steps").EnumerateArray()
            .Where(s => s.GetProperty("section").GetString() == "flats").Select(s => s.GetProperty("exposureMs").GetDouble())];
        string firstLight = doc.RootElement.GetProperty("steps").EnumerateArray().First(s => s.GetProperty("section").GetString() == "flats").GetProperty("lightTarget").GetString()!;
        Assert.Contains("40 ms frame reaches about 40 % of full scale", firstLight, StringComparison.Ordinal);
        Assert.True(levels.Count(l => l < 70) >= 8, $"only {levels.Count(l => l < 70)} levels below 70 %: {string.Join(", ", levels)}");
        // Saturation (full scale, ~100 %) bracketed: levels on both sides of it, within 10 % of it and beyond.
        Assert.Contains(levels, l => l is >= 90 and < 100);
        Assert.Contains(levels, l => l is > 100 and <= 110);
        Assert.Contains(levels, l => l >= 150);
        // The protocol's own pairs stay: 5, 10, 20 and 40 ms.
        Assert.All(new double[] { 5, 10, 20, 40 }, ms => Assert.Contains(ms, levels));
    }

    [Fact]
    public void The_emccd_plan_takes_a_bias_at_every_em_gain_set_point()
    {
        using var doc = JsonDocument.Parse(CliRun.Of("plan", "--sensor", "EMCCD", "--json").Stdout);
        JsonElement[] steps = [.. doc.RootElement.GetProperty("steps").EnumerateArray()];
        double[] setPoints = [.. steps.Where(s => s.TryGetProperty("emGain", out _) && s.GetProperty("lensCap").GetString() == "off")
            .Select(s => s.GetProperty("emGain").GetDouble()).Distinct()];
        Assert.Equal([1.0, 300.0], setPoints.Order());
        foreach (double gain in setPoints)
        {
            // A lens-cap-on, shortest-exposure stack of 100 frames at that set point.
            Assert.Contains(steps, s => s.GetProperty("lensCap").GetString() == "on" && s.GetProperty("exposureMs").GetDouble() == 0
                && s.GetProperty("frames").GetInt32() == 100 && s.GetProperty("emGain").GetDouble() == gain);
        }

        // The template gives each emGain entry the bias at its own set point (the analysis's per-entry "bias").
        JsonElement emGain = doc.RootElement.GetProperty("session").GetProperty("emGain");
        Assert.Equal("bias.ome.tif", emGain.GetProperty("reference").GetProperty("bias").GetProperty("files")[0].GetString());
        Assert.Equal("bias_em300x.ome.tif", emGain.GetProperty("amplified").GetProperty("bias").GetProperty("files")[0].GetString());
    }

    /// <summary>
    /// Every key of <paramref name="actual"/> exists in the guide's example with the same JSON kind, and (for a full plan)
    /// vice versa. One documented extension (README, "The session manifest"): an emGain entry may carry its own "bias",
    /// shaped as the top-level one.
    /// </summary>
    private static void AssertSameShape(JsonElement expected, JsonElement actual, string path, bool requireAll, JsonElement guide)
    {
        Assert.True(expected.ValueKind == actual.ValueKind, $"{path}: {actual.ValueKind} where the guide has {expected.ValueKind}");
        if (expected.ValueKind == JsonValueKind.Object)
        {
            var expectedKeys = expected.EnumerateObject().Select(p => p.Name).ToHashSet();
            foreach (JsonProperty p in actual.EnumerateObject())
            {
                if (p.Name == "bias" && path.StartsWith("$.emGain.", StringComparison.Ordinal))
                {
                    AssertSameShape(guide.GetProperty("bias"), p.Value, $"{path}.bias", requireAll, guide);
                    continue;
                }

                Assert.True(expectedKeys.Contains(p.Name), $"{path}.{p.Name} is not in the guide's manifest");
                AssertSameShape(expected.GetProperty(p.Name), p.Value, $"{path}.{p.Name}", requireAll, guide);
            }

            if (requireAll)
            {
                Assert.All(expectedKeys, k => Assert.True(actual.TryGetProperty(k, out _), $"{path}.{k} missing"));
            }
        }
        else if (expected.ValueKind == JsonValueKind.Array && expected.GetArrayLength() > 0)
        {
            foreach (JsonElement item in actual.EnumerateArray())
            {
                AssertSameShape(expected[0], item, $"{path}[]", requireAll: false, guide);
            }
        }
    }

    [GeneratedRegex("```json\\s*\\n(.*?)```", RegexOptions.Singleline)]
    private static partial Regex JsonBlock();
}
