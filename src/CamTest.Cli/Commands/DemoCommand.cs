using System.CommandLine;
using System.Diagnostics;
using System.Globalization;
using CamTest.Core.Results;
using CamTest.Core.Session;
using CamTest.IO.Session;
using CamTest.Reporting;
using CamTest.Simulation;
using CamTest.Simulation.Truth;

namespace CamTest.Cli.Commands;

/// <summary>
/// <c>camtest demo [--out DIR]</c>: the zero-set-up first run. Simulates the default camera as a protocol session,
/// analyses it exactly as <c>camtest analyze</c> would, writes results.json and report.html, and sets the measured
/// figures beside the simulator's truth so a newcomer sees what each figure means and how close it comes.
/// </summary>
public static class DemoCommand
{
    public static Command Create(CliConsole console)
    {
        var output = new Option<string?>("--out") { Description = "folder for the demo session (default ./camtest-demo, or the next free ./camtest-demo-N)" };
        var seed = new Option<ulong>("--seed") { DefaultValueFactory = _ => 1, Description = "random seed" };
        var command = new Command("demo", "Simulate a camera session, analyse it and write the report.") { output, seed };
        command.SetAction(parse => Run(console, parse.GetValue(output), parse.GetValue(seed)));
        return command;
    }

    private static int Run(CliConsole console, string? folder, ulong seed)
    {
        var clock = Stopwatch.StartNew();
        folder ??= FreeFolder(Path.Combine(Directory.GetCurrentDirectory(), "camtest-demo"));
        OutputCheck.Folder(folder);
        CameraModel camera = CameraPresets.Find(CameraPresets.Default)!;
        var options = new SimulationOptions { Seed = seed };
        TextWriter o = console.Out;
        o.WriteLine($"camtest demo: simulating a {camera.Name} camera ({options.RoiWidth} x {options.RoiHeight}, seed {seed}) in {Path.GetFullPath(folder)}");
        SimulatedSession session = SessionSimulator.Run(camera, options, folder, camera.Name);
        o.WriteLine($"  wrote {session.Stacks.Count} stacks, session.json and truth.json; analysing ...");

        CameraResults results = ProgressDisplay.Run(console, progress => SessionAnalysis.Run(SessionManifestFile.Load(session.SessionPath), progress));
        string resultsFolder = AnalyzeCommand.Write(results, Path.Combine(session.Folder, "results"));
        ConsoleSummary.Write(o, results);
        WriteAgainstTruth(o, results, session.Truth);
        o.WriteLine($"report:  {Path.Combine(resultsFolder, "report.html")}");
        o.WriteLine($"results: {Path.Combine(resultsFolder, "results.json")}");
        o.WriteLine($"your own camera: camtest plan, acquire the stacks, then camtest analyze session.json --out DIR");
        o.WriteLine(string.Create(CultureInfo.InvariantCulture, $"(done in {clock.Elapsed.TotalSeconds:F1} s)"));
        return CamTestApp.Success;
    }

    /// <summary>Measured against true, for the headline figures (named as declared): how far off, in standard errors.</summary>
    private static void WriteAgainstTruth(TextWriter o, CameraResults r, SimulationTruth t)
    {
        o.WriteLine("measured against the simulator's truth:");
        void Line(FigureDeclaration figure, Quantity? measured, double truth)
        {
            if (measured is null)
            {
                return;
            }

            string z = measured.StdErr is double se && se > 0 ? string.Create(CultureInfo.InvariantCulture, $"{(measured.Value - truth) / se:+0.0;-0.0} standard errors") : string.Empty;
            o.WriteLine($"  {Label(figure),-18} {QuantityText.Of(measured),-28} true {QuantityText.Of(Quantity.Exact(truth, measured.Unit)),-18} {z}");
        }

        Line(BiasFigures.Level, r.Bias?.Level, t.Bias["level"].Value);
        Line(GainFigures.SystemGain, r.Gain?.SystemGain, t.Gain["systemGain"].Value);
        Line(ReadNoiseFigures.Rms, r.ReadNoise?.Rms, t.ReadNoise["rms"].Value);
        Line(DarkCurrentFigures.Rate, r.DarkCurrent?.Rate, t.DarkCurrent["rate"].Value);
        if (r.HotPixels is { } hot)
        {
            o.WriteLine($"  {Label(HotPixelFigures.Count),-18} {hot.Count} found, {t.HotPixels.Count} true");
        }
    }

    /// <summary>The declared name as it reads inside the list ("System gain" as "system gain").</summary>
    private static string Label(FigureDeclaration figure) => string.Concat(figure.Name[..1].ToLowerInvariant(), figure.Name[1..]);

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
