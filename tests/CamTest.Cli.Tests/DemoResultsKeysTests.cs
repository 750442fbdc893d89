using System.Text.Json;
using CamTest.TestSupport;

namespace CamTest.Cli.Tests;

/// <summary>
/// results.json is a contract: programs read it by key. Changes are additions only, so every key the demo wrote before
/// issue 9 (listed in tests/fixtures/results/demo-keys-main.txt, taken from main's own output) must still be written.
/// </summary>
public class DemoResultsKeysTests
{
    [Fact]
    public void The_demo_results_json_keeps_every_key_it_had_before()
    {
        DemoRun demo = DemoRun.Default;
        Assert.Equal(0, demo.Run.ExitCode);
        string[] before = [.. File.ReadAllLines(Path.Combine(TestPaths.Fixtures, "results", "demo-keys-main.txt"))
            .Where(l => l.Length > 0 && !l.StartsWith('#'))];
        Assert.True(before.Length > 100, "the key list fixture is empty or truncated");

        using JsonDocument results = JsonDocument.Parse(File.ReadAllText(Path.Combine(demo.Folder, "results", "results.json")));
        var now = new HashSet<string>(StringComparer.Ordinal);
        Collect(results.RootElement, string.Empty, now);

        Assert.Equal("camtest.results/1", results.RootElement.GetProperty("schema").GetString());
        string[] missing = [.. before.Where(k => !now.Contains(k))];
        Assert.True(missing.Length == 0, "keys no longer written: " + string.Join(", ", missing));
    }

    private static void Collect(JsonElement element, string path, HashSet<string> paths)
    {
        if (element.ValueKind == JsonValueKind.Object)
        {
            foreach (JsonProperty property in element.EnumerateObject())
            {
                string key = path.Length == 0 ? property.Name : $"{path}.{property.Name}";
                paths.Add(key);
                Collect(property.Value, key, paths);
            }
        }
        else if (element.ValueKind == JsonValueKind.Array)
        {
            foreach (JsonElement item in element.EnumerateArray())
            {
                Collect(item, path + "[]", paths);
            }
        }
    }
}
