using CamTest.Simulation;

namespace CamTest.Cli.Commands;

/// <summary>The camera <c>camtest simulate --camera</c> names: its model, and the name the session gets (the preset's
/// name, or the camera.json's file name).</summary>
public sealed record SimulatedCamera(CameraModel Model, string Name)
{
    public static string PresetNames => string.Join(", ", CameraPresets.All.Select(p => p.Name));

    /// <summary>A preset by name, or a camera.json; anything else is a usage error naming the presets.</summary>
    public static SimulatedCamera Resolve(string text)
    {
        if (CameraPresets.Find(text) is { } preset)
        {
            return new SimulatedCamera(preset, preset.Name);
        }

        if (File.Exists(text) || Directory.Exists(text) || text.EndsWith(".json", StringComparison.OrdinalIgnoreCase))
        {
            return new SimulatedCamera(CameraModelFile.Load(text), Path.GetFileName(text));
        }

        throw new UsageException($"unknown camera '{text}': give a preset ({PresetNames}) or a camera.json file");
    }
}
