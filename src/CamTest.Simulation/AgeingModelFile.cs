using System.Text.Json;
using CamTest.IO;

namespace CamTest.Simulation;

/// <summary>Reads an ageing model from a JSON file (the fields of <see cref="AgeingModel"/>), checked at load.</summary>
public static class AgeingModelFile
{
    public static AgeingModel Load(string path)
    {
        if (!File.Exists(path))
        {
            throw new InvalidInputException(path, "ageing model not found (give a preset name or an ageing .json)");
        }

        AgeingModel? model;
        try
        {
            model = JsonSerializer.Deserialize<AgeingModel>(File.ReadAllText(path), CameraModelFile.Options);
        }
        catch (JsonException ex)
        {
            throw new InvalidInputException(path, $"not a valid ageing model: {ex.Message}", ex);
        }

        return model ?? throw new InvalidInputException(path, "holds null, not an ageing model");
    }
}
