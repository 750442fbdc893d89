using System.CommandLine;
using CamTest.Core.Results;
using CamTest.History.Storage;
using CamTest.IO;
using CamTest.Reporting;
using CamTest.Reporting.Compare;
using CamTest.Reporting.Html;
using CamTest.Reporting.Json;

namespace CamTest.Cli.Commands;

/// <summary>
/// <c>camtest compare RESULTS.json...|CAMERA... [--db DB] --out FILE.html [--pdf]</c>: cameras side by side. Each
/// argument is a results.json file, or - when no such file exists - a camera in the history (its serial, name or
/// number), whose latest run is taken. Everything is read and checked before the page is written.
/// </summary>
public static class CompareCommand
{
    public static Command Create(CliConsole console)
    {
        var inputs = new Argument<string[]>("cameras") { Description = "results.json files, or cameras in the history (serial, name or number in 'history list')", Arity = ArgumentArity.OneOrMore };
        var output = new Option<string>("--out") { Description = "the comparison page (one self-contained HTML file)", Required = true };
        var pdf = new Option<bool>("--pdf") { Description = "also print the page to a PDF beside it (headless Chromium)" };
        var reference = new Option<string?>("--reference") { Description = "the camera the others are compared against (its name on the page, or its argument as given); default the first" };
        Option<string?> db = HistoryOptions.Db();
        var command = new Command("compare", "Compare cameras: figures side by side, SNR curves, which wins at low and high light.") { inputs, output, pdf, reference, db };
        command.SetAction(parse => Run(console, parse.GetRequiredValue(inputs), parse.GetRequiredValue(output), parse.GetValue(pdf), parse.GetValue(reference), parse.GetValue(db)));
        return command;
    }

    private static int Run(CliConsole console, string[] inputs, string output, bool pdf, string? reference, string? db)
    {
        if (inputs.Length < 2)
        {
            throw new UsageException("compare needs at least two cameras (results.json files or cameras in the history)");
        }

        OutputCheck.File("--out", output);
        if (pdf && ChromiumPdf.Problem() is string noBrowser)
        {
            throw new UsageException(noBrowser);
        }

        HistoryStore? store = null;
        List<ComparedCamera> cameras = [];
        foreach (string input in inputs)
        {
            if (File.Exists(input) || Directory.Exists(input) || input.EndsWith(".json", StringComparison.OrdinalIgnoreCase))
            {
                cameras.Add(FromFile(input));
            }
            else
            {
                store ??= HistoryOptions.Open(db);
                cameras.Add(FromHistory(store, input));
            }
        }

        cameras = Unique(cameras);
        string html = ComparePage.Render(cameras, $"camtest {typeof(CompareCommand).Assembly.GetName().Version}", ReferenceIndex(reference, inputs, cameras));
        string full = Path.GetFullPath(output);
        var folder = new OutputFolder(Path.GetDirectoryName(full)!);
        string pdfName = Path.ChangeExtension(Path.GetFileName(full), ".pdf");
        try
        {
            folder.StageText(Path.GetFileName(full), html);
            if (pdf)
            {
                folder.Stage(pdfName, temp => ChromiumPdf.Print(html, temp));
            }

            folder.Commit();
        }
        catch
        {
            folder.Discard();
            throw;
        }

        console.Out.WriteLine($"comparison: {(pdf ? Path.Combine(folder.Path, pdfName) : full)}");
        return CamTestApp.Success;
    }

    private static ComparedCamera FromFile(string path)
    {
        // The history's reader checks the file (exists, readable, camtest.results/1) with one clear message naming it.
        _ = HistoryAddCommand.Read(path);
        CameraResults results = ResultsJson.Deserialize(File.ReadAllText(path));
        return new ComparedCamera(Label(results, Path.GetFileName(Path.GetDirectoryName(Path.GetFullPath(path))) ?? path), results, Path.GetFullPath(path));
    }

    private static ComparedCamera FromHistory(HistoryStore store, string query)
    {
        CameraSummary camera = HistoryOptions.Camera(store, query);
        StoredRun run = store.Runs(camera.Id).OrderBy(r => r.Acquired ?? r.Recorded).Last();
        string json = store.ResultsJson(run.Id) ?? throw new InvalidInputException(store.Target.Display, $"run {run.Id} of {camera.Camera} has no stored results");
        CameraResults results = ResultsJson.Deserialize(json);
        return new ComparedCamera(Label(results, camera.Camera.ToString()), results, $"history {store.Target.Display}, run {run.Id} ({run.Source})");
    }

    /// <summary>The camera <paramref name="reference"/> names: by its label on the page (case aside), else by its
    /// argument as given; the first without one. A name that matches no camera, or several, is a usage error.</summary>
    private static int ReferenceIndex(string? reference, string[] inputs, List<ComparedCamera> cameras)
    {
        if (reference is null)
        {
            return 0;
        }

        int[] byLabel = [.. Enumerable.Range(0, cameras.Count).Where(i => string.Equals(cameras[i].Label, reference, StringComparison.OrdinalIgnoreCase))];
        int[] matches = byLabel.Length > 0 ? byLabel : [.. Enumerable.Range(0, inputs.Length).Where(i => inputs[i] == reference)];
        return matches.Length == 1
            ? matches[0]
            : throw new UsageException($"--reference '{reference}' {(matches.Length == 0 ? "names none" : "names more than one")} of the cameras compared: {string.Join(", ", cameras.Select(c => $"'{c.Label}'"))}");
    }

    private static string Label(CameraResults r, string fallback) =>
        r.Camera?.Name is { Length: > 0 } name ? name : r.Camera?.Serial is { Length: > 0 } serial ? serial : fallback;

    /// <summary>Two cameras of one name (two runs of one camera) are told apart by a number.</summary>
    private static List<ComparedCamera> Unique(List<ComparedCamera> cameras) =>
        [.. cameras.Select((c, i) => cameras.Take(i).Any(o => o.Label == c.Label) ? c with { Label = $"{c.Label} #{i + 1}" } : c)];
}
