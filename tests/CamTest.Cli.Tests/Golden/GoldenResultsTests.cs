using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using Xunit;

namespace CamTest.Cli.Tests.Golden;

/// <summary>
/// The statistics engine's figures, pinned: results.json of the demo session and of a full-frame-like session, and
/// every stack's exact integer sums, must equal the golden files in tests/fixtures/golden. Sums and counts (JSON
/// integers) must match to the last digit; derived floats to 1e-12 relative, which is what a change of summation
/// order (bands, tiles, threads) may move a double by, while any change of method moves it by far more.
/// When a figure changes on purpose, regenerate with <see cref="GoldenSession.RegenerateCommand"/> and review the diff.
/// </summary>
public sealed class GoldenResultsTests
{
    /// <summary>Relative tolerance for derived floats (see the class summary).</summary>
    private const double Relative = 1e-12;

    [Fact]
    public void DemoSessionMatchesGolden() => Check(GoldenSession.Demo);

    [Fact]
    public void FullFrameSessionMatchesGolden() => Check(GoldenSession.FullFrame);

    [Fact]
    public void ComparisonFindsAChangedDigit()
    {
        // The comparison itself must fail on a change in the last digit of a sum and beyond 1e-12 in a float.
        JsonNode golden = JsonNode.Parse("""{"a":{"sum":"123456789012345678901","x":1.0000000000001,"n":[3,4]}}""")!;
        Assert.Empty(Differences(golden, golden.DeepClone()));
        Assert.Single(Differences(golden, JsonNode.Parse("""{"a":{"sum":"123456789012345678902","x":1.0000000000001,"n":[3,4]}}""")!));
        Assert.Single(Differences(golden, JsonNode.Parse("""{"a":{"sum":"123456789012345678901","x":1.00000000001,"n":[3,4]}}""")!));
        Assert.Empty(Differences(golden, JsonNode.Parse("""{"a":{"sum":"123456789012345678901","x":1.00000000000011,"n":[3,4]}}""")!));
        Assert.Single(Differences(golden, JsonNode.Parse("""{"a":{"sum":"123456789012345678901","x":1.0000000000001,"n":[3,5]}}""")!));
        Assert.Single(Differences(golden, JsonNode.Parse("""{"a":{"sum":"123456789012345678901","x":1.0000000000001,"n":[3]}}""")!));
    }

    private static void Check(GoldenSession session)
    {
        string manifest = session.Simulate();
        JsonNode results = GoldenSession.Results(manifest);
        JsonNode sums = GoldenSession.Sums(manifest);
        if (Environment.GetEnvironmentVariable(GoldenSession.RegenerateVariable) == "1")
        {
            Directory.CreateDirectory(Path.GetDirectoryName(session.ResultsPath)!);
            var indented = new JsonSerializerOptions { WriteIndented = true };
            File.WriteAllText(session.ResultsPath, results.ToJsonString(indented) + "\n");
            File.WriteAllText(session.SumsPath, sums.ToJsonString(indented) + "\n");
            return;
        }

        List<string> differences =
        [
            .. Differences(JsonNode.Parse(File.ReadAllText(session.ResultsPath)), results).Select(d => $"{Path.GetFileName(session.ResultsPath)}: {d}"),
            .. Differences(JsonNode.Parse(File.ReadAllText(session.SumsPath)), sums).Select(d => $"{Path.GetFileName(session.SumsPath)}: {d}"),
        ];
        Assert.True(
            differences.Count == 0,
            $"{differences.Count} figure(s) differ from the golden files:\n  {string.Join("\n  ", differences.Take(40))}\n"
            + $"If the change is intended, regenerate and review the diff: {GoldenSession.RegenerateCommand}");
    }

    /// <summary>Every key whose value differs, as "path: golden -> actual".</summary>
    internal static List<string> Differences(JsonNode? golden, JsonNode? actual, string path = "$")
    {
        var found = new List<string>();
        switch (golden, actual)
        {
            case (null, null):
                break;
            case (JsonObject g, JsonObject a):
                foreach (string key in g.Select(p => p.Key).Union(a.Select(p => p.Key)))
                {
                    string at = $"{path}.{key}";
                    if (!g.ContainsKey(key) || !a.ContainsKey(key))
                    {
                        found.Add($"{at}: {(g.ContainsKey(key) ? "missing now" : "new key")}");
                    }
                    else
                    {
                        found.AddRange(Differences(g[key], a[key], at));
                    }
                }

                break;
            case (JsonArray g, JsonArray a):
                if (g.Count != a.Count)
                {
                    found.Add($"{path}: {g.Count} elements -> {a.Count}");
                    break;
                }

                for (int i = 0; i < g.Count; i++)
                {
                    found.AddRange(Differences(g[i], a[i], $"{path}[{i}]"));
                }

                break;
            case (JsonValue g, JsonValue a) when g.GetValueKind() == JsonValueKind.Number && a.GetValueKind() == JsonValueKind.Number:
                if (!NumbersAgree(g.ToJsonString(), a.ToJsonString()))
                {
                    found.Add($"{path}: {g.ToJsonString()} -> {a.ToJsonString()}");
                }

                break;
            default:
                if (golden?.ToJsonString() != actual?.ToJsonString())
                {
                    found.Add($"{path}: {golden?.ToJsonString() ?? "null"} -> {actual?.ToJsonString() ?? "null"}");
                }

                break;
        }

        return found;
    }

    /// <summary>Integers (counts, codes) exactly; other numbers to <see cref="Relative"/>.</summary>
    private static bool NumbersAgree(string golden, string actual)
    {
        bool integral = !golden.AsSpan().ContainsAny(".eE") && !actual.AsSpan().ContainsAny(".eE");
        if (integral)
        {
            return golden == actual;
        }

        double g = double.Parse(golden, CultureInfo.InvariantCulture), a = double.Parse(actual, CultureInfo.InvariantCulture);
        return g == a || Math.Abs(a - g) <= Relative * Math.Max(Math.Abs(g), Math.Abs(a));
    }
}
