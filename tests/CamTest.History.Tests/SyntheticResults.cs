using System.Text.Json;
using System.Text.Json.Nodes;

namespace CamTest.History.Tests;

/// <summary>Small results.json documents written by hand, shaped as camtest writes them (schema camtest.results/1).</summary>
public static class SyntheticResults
{
    public static JsonObject Document(string camera = "Test camera", string? serial = "SN-1", string? acquired = "2026-03-15T10:00:00Z", double emGain = 300, double emGainStdErr = 1)
    {
        var root = new JsonObject
        {
            ["schema"] = "camtest.results/1",
            ["camera"] = new JsonObject { ["name"] = camera, ["sensor"] = "EMCCD", ["bitDepth"] = 16, ["serial"] = serial },
            ["bias"] = new JsonObject { ["level"] = Quantity(500.2, "ADU", 0.01), ["frames"] = 20, ["frameMeans"] = new JsonArray(500.1, 500.3) },
            ["readNoise"] = new JsonObject { ["rms"] = Quantity(45.1, "e-", 0.2), ["pairs"] = 10, ["quantisationLimited"] = false },
            ["gain"] = new JsonObject
            {
                ["systemGain"] = Quantity(5.01, "e-/ADU", 0.02),
                ["points"] = new JsonArray(new JsonObject { ["exposureMs"] = 5, ["gainEPerAdu"] = 5.0, ["inner"] = Quantity(1, "x", 0.1) }),
            },
            ["hotPixels"] = new JsonObject { ["count"] = 16, ["persistentCount"] = 12, ["pixels"] = new JsonArray() },
            ["emGain"] = new JsonObject { ["factor"] = Quantity(emGain, "x", emGainStdErr), ["setPoint"] = 300 },
            ["warnings"] = new JsonArray("a warning"),
        };
        if (acquired is not null)
        {
            root["run"] = new JsonObject
            {
                ["acquired"] = acquired, ["acquiredFrom"] = "session.json", ["analysed"] = "2026-03-16T08:00:00Z", ["software"] = "camtest test",
                ["conditions"] = new JsonObject { ["temperatureC"] = -80, ["emGainSetPoint"] = 300, ["bitDepth"] = 16 },
                ["inputs"] = new JsonArray(),
            };
        }

        return root;
    }

    public static JsonObject Quantity(double value, string unit, double? stderr) =>
        new() { ["value"] = value, ["unit"] = unit, ["stderr"] = stderr };

    public static string Text(JsonNode document) => document.ToJsonString(new JsonSerializerOptions { WriteIndented = true });
}
