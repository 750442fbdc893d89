using System.CommandLine;
using System.Globalization;
using CamTest.Simulation;

namespace CamTest.Cli.Commands;

/// <summary>
/// <c>camtest simulate --camera PRESET|camera.json --out DIR [--seed N]</c>: a synthetic protocol session with known
/// truth (stacks as OME-TIFF, session.json, truth.json).
/// </summary>
public static class SimulateCommand
{
    public static Command Create(CliConsole console)
    {
        var camera = new Option<string>("--camera") { Required = true, Description = $"a preset ({PresetNames}) or a camera.json" };
        var output = new Option<string>("--out") { Required = true, Description = "folder to write the session into (created; existing files are never overwritten)" };
        var options = new SimulationCliOptions();
        var command = new Command("simulate", "Write a simulated protocol session whose true parameters are known.") { camera, output };
        options.AddTo(command);
        command.SetAction(parse => Run(console, parse.GetRequiredValue(camera), parse.GetRequiredValue(output), options.Read(parse)));
        return command;
    }

    public static string PresetNames => string.Join(", ", CameraPresets.All.Select(p => p.Name));

    /// <summary>A preset by name, or a camera.json; anything else is a usage error naming the presets.</summary>
    public static (CameraModel Model, string Name) ResolveCamera(string text)
    {
        if (CameraPresets.Find(text) is { } preset)
        {
            return (preset, preset.Name);
        }

        if (File.Exists(text) || Directory.Exists(text) || text.EndsWith(".json", StringComparison.OrdinalIgnoreCase))
        {
            return (CameraModelFile.Load(text), Path.GetFileName(text));
        }

        throw new UsageException($"unknown camera '{text}': give a preset ({PresetNames}) or a camera.json file");
    }

    private static int Run(CliConsole console, string cameraText, string folder, SimulationCliOptions.Values values)
    {
        (CameraModel model, string name) = ResolveCamera(cameraText);
        SimulationOptions options = values.ToOptions(model);
        OutputCheck.Folder(folder);
        SimulatedSession session = SessionSimulator.Run(model, options, folder, name, line => console.Error.WriteLine($"  writing {line}"));
        long frames = session.Stacks.Sum(s => (long)s.Frames);
        console.Out.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"Simulated {name} (seed {options.Seed}): {session.Stacks.Count} stacks, {frames} frames of {session.Width} x {session.Height} in {session.Folder}"));
        console.Out.WriteLine($"  session  {session.SessionPath}");
        console.Out.WriteLine($"  truth    {session.TruthPath}");
        return CamTestApp.Success;
    }
}
