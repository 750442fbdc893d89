using System.CommandLine;
using System.Diagnostics;
using System.Globalization;
using CamTest.Core.Statistics;
using CamTest.IO;
using CamTest.Simulation;

namespace CamTest.Cli.Commands;

/// <summary>
/// <c>camtest demo [--out DIR]</c>: the zero-set-up first run. Simulates the default camera, reads back what it
/// wrote, and says where the results are. The analysis is not built yet, so demo reports what exists and says so.
/// </summary>
public static class DemoCommand
{
    public static Command Create(CliConsole console)
    {
        var output = new Option<string?>("--out") { Description = "folder for the demo session (default ./camtest-demo, or the next free ./camtest-demo-N)" };
        var seed = new Option<ulong>("--seed") { DefaultValueFactory = _ => 1, Description = "random seed" };
        var command = new Command("demo", "Simulate a camera session and show what camtest makes of it.") { output, seed };
        command.SetAction(parse => Run(console, parse.GetValue(output), parse.GetValue(seed)));
        return command;
    }

    private static int Run(CliConsole console, string? folder, ulong seed)
    {
        var clock = Stopwatch.StartNew();
        folder ??= FreeFolder(Path.Combine(Directory.GetCurrentDirectory(), "camtest-demo"));
        CameraModel camera = CameraPresets.Find(CameraPresets.Default)!;
        var options = new SimulationOptions { Seed = seed };
        TextWriter o = console.Out;
        o.WriteLine($"camtest demo: simulating a {camera.Name} camera ({options.RoiWidth} x {options.RoiHeight}, seed {seed}) in {Path.GetFullPath(folder)}");
        SimulatedSession session = SessionSimulator.Run(camera, options, folder, camera.Name);
        o.WriteLine($"  wrote {session.Stacks.Count} stacks, session.json and truth.json");
        foreach (StackPlan stack in session.Stacks)
        {
            o.WriteLine($"  {stack.FileName,-32} {stack.Frames,4} frame(s)  {Describe(Path.Combine(session.Folder, stack.FileName))}");
        }

        var t = session.Truth;
        o.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"  truth: bias {t.Bias["level"].Value:F2} ADU, gain {t.Gain["systemGain"].Value:G4} e-/ADU, read noise {t.ReadNoise["rms"].Value:F2} e- rms ({t.ReadNoise["median"].Value:F2} median), dark current {t.DarkCurrent["rate"].Value:G3} e-/pixel/s, {t.HotPixels.Count} hot pixels"));
        o.WriteLine("  missing: the analysis ('camtest analyze SESSION.json --out DIR') is not built yet, so no results.json or report.html was made.");
        o.WriteLine($"  when it is, run: camtest analyze {session.SessionPath} --out {Path.Combine(session.Folder, "results")}");
        o.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  session: {session.SessionPath}  (done in {clock.Elapsed.TotalSeconds:F1} s)"));
        return CamTestApp.Success;
    }

    /// <summary>Frame means through the project's reader when one is registered for the format, else the facts written.</summary>
    private static string Describe(string path)
    {
        try
        {
            using IFrameSource source = ImageFile.Open(path);
            double[] means = FrameMeans.Compute(source);
            return string.Create(CultureInfo.InvariantCulture,
                $"read back as {source.Info.Format}: mean {means.Average():F2} ADU (frames {means.Min():F2} .. {means.Max():F2})");
        }
        catch (InvalidInputException)
        {
            return "written as OME-TIFF (no TIFF reader registered yet to read it back)";
        }
    }

    private static string FreeFolder(string baseName)
    {
        string candidate = baseName;
        for (int n = 2; Directory.Exists(candidate) && Directory.EnumerateFileSystemEntries(candidate).Any(); n++)
        {
            candidate = $"{baseName}-{n}";
        }

        return candidate;
    }
}
