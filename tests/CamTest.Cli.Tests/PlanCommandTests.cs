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
        AssertSameShape(expected.RootElement, actual.RootElement, "$", requireAll: sensor == "EMCCD");
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

    /// <summary>Every key of <paramref name="actual"/> exists in the guide's example with the same JSON kind, and (for a full plan) vice versa.</summary>
    private static void AssertSameShape(JsonElement expected, JsonElement actual, string path, bool requireAll)
    {
        Assert.True(expected.ValueKind == actual.ValueKind, $"{path}: {actual.ValueKind} where the guide has {expected.ValueKind}");
        if (expected.ValueKind == JsonValueKind.Object)
        {
            var expectedKeys = expected.EnumerateObject().Select(p => p.Name).ToHashSet();
            foreach (JsonProperty p in actual.EnumerateObject())
            {
                Assert.True(expectedKeys.Contains(p.Name), $"{path}.{p.Name} is not in the guide's manifest");
                AssertSameShape(expected.GetProperty(p.Name), p.Value, $"{path}.{p.Name}", requireAll);
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
                AssertSameShape(expected[0], item, $"{path}[]", requireAll: false);
            }
        }
    }

    [GeneratedRegex("```json\\s*\\n(.*?)```", RegexOptions.Singleline)]
    private static partial Regex JsonBlock();
}
