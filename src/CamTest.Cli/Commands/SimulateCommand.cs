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
        var camera = new Option<string>("--camera") { Required = true, Description = $"a preset ({SimulatedCamera.PresetNames}) or a camera.json" };
        var output = new Option<string>("--out") { Required = true, Description = "folder to write the session into (created; existing files are never overwritten)" };
        var month = new Option<int?>("--month") { Description = "month N of an ageing series: the camera aged N months, the session dated N months after the series start" };
        var ageing = new Option<string?>("--ageing") { Description = $"with --month: how the camera ages, a preset ({string.Join(", ", AgeingPresets.All.Keys)}) or an ageing .json (default: the camera.json's \"ageing\", else stable)" };
        var options = new SimulationCliOptions();
        var command = new Command("simulate", "Write a simulated protocol session whose true parameters are known.") { camera, output, month, ageing };
        options.AddTo(command);
        command.SetAction(parse => Run(console, parse.GetRequiredValue(camera), parse.GetRequiredValue(output), options.Read(parse), parse.GetValue(month), parse.GetValue(ageing)));
        return command;
    }

    /// <summary>An ageing preset by name, or an ageing .json; a usage error otherwise.</summary>
    public static AgeingModel ResolveAgeing(string text)
    {
        if (AgeingPresets.Find(text) is { } preset)
        {
            return preset;
        }

        if (File.Exists(text) || text.EndsWith(".json", StringComparison.OrdinalIgnoreCase))
        {
            return AgeingModelFile.Load(text);
        }

        throw new UsageException($"unknown ageing model '{text}': give a preset ({string.Join(", ", AgeingPresets.All.Keys)}) or an ageing .json file");
    }

    private static int Run(CliConsole console, string cameraText, string folder, SimulationCliOptions.Values values, int? month, string? ageing)
    {
        (CameraModel model, string name) = SimulatedCamera.Resolve(cameraText);
        if (ageing is not null && month is null)
        {
            throw new UsageException("--ageing needs --month N (the month of the series to simulate)");
        }

        SimulationOptions options = values.ToOptions(model, month, ageing is null ? null : ResolveAgeing(ageing));
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
