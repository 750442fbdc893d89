using System.Text.Json;
using CamTest.IO;

namespace CamTest.Cli.Commands;

/// <summary>The bias and system gain a camtest results.json holds (keys bias.level and gain.systemGain, GUIDE section 2).</summary>
public static class ProfileCalibration
{
    public static (double Bias, double Gain) Read(string path)
    {
        if (!File.Exists(path))
        {
            throw new InvalidInputException(path, "file not found");
        }

        try
        {
            using JsonDocument doc = JsonDocument.Parse(File.ReadAllText(path));
            double bias = Value(doc.RootElement, path, "bias", "level");
            double gain = Value(doc.RootElement, path, "gain", "systemGain");
            if (!(gain > 0))
            {
                throw new InvalidInputException(path, $"gain.systemGain is {gain}, not a positive gain");
            }

            return (bias, gain);
        }
        catch (JsonException ex)
        {
            throw new InvalidInputException(path, $"is not valid JSON ({ex.Message})", ex);
        }
    }

    private static double Value(JsonElement root, string path, string section, string key)
    {
        if (root.ValueKind == JsonValueKind.Object
            && root.TryGetProperty(section, out JsonElement s) && s.ValueKind == JsonValueKind.Object
            && s.TryGetProperty(key, out JsonElement q) && q.ValueKind == JsonValueKind.Object
            && q.TryGetProperty("value", out JsonElement v) && v.ValueKind == JsonValueKind.Number)
        {
            return v.GetDouble();
        }

        throw new InvalidInputException(path, $"has no {section}.{key}.value; give --bias and --gain instead");
    }
}
