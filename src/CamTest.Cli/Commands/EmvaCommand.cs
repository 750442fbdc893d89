using System.CommandLine;
using CamTest.Core.Diagnostics;
using CamTest.Core.Emva;
using CamTest.Core.Results;
using CamTest.Core.Session;
using CamTest.IO.Emva;
using CamTest.IO.Session;
using CamTest.Reporting;
using CamTest.Reporting.Emva;
using CamTest.Reporting.Json;

namespace CamTest.Cli.Commands;

/// <summary>
/// <c>camtest emva INPUT --out DIR [--pdf] [--json]</c>: EMVA 1288 Release 4.0 (Linear module) from an EMVA descriptor
/// file or a session.json whose flats state their photons. Writes DIR/results.json (figures under <c>emva</c>) and
/// DIR/report.html (the data sheet), and DIR/report.pdf with --pdf, all or none.
/// </summary>
public static class EmvaCommand
{
    public static Command Create(CliConsole console)
    {
        var input = new Argument<string>("input") { Description = "EMVA 1288 descriptor file (v/n/b/d/i lines), or a session.json whose flats state photonsPerPixel" };
        var output = new Option<string>("--out") { Description = "folder for results.json and report.html", Required = true };
        var pdf = new Option<bool>("--pdf") { Description = "also print the data sheet to report.pdf (headless Chromium)" };
        var json = new Option<bool>("--json") { Description = "print results.json on stdout instead of the summary table" };
        var unit = new Option<string>("--exposure-unit") { Description = "unit of a descriptor's exposure times: ns (the format's, default), us, ms or s", DefaultValueFactory = _ => "ns" };
        var force = new Option<bool>("--force") { Description = "replace the results.json, report.html and report.pdf of an earlier run in --out" };
        var pixel = new Option<double?>("--pixel-size-um") { Description = "pixel pitch in µm, for the figures per unit area (a session's camera.pixelSizeUm otherwise)" };
        var command = new Command("emva", "EMVA 1288 Release 4.0 data sheet from an EMVA descriptor or a session.") { input, output, pdf, json, unit, pixel, force };
        command.SetAction(parse => Run(
            console,
            parse.GetRequiredValue(input),
            parse.GetRequiredValue(output),
            new EmvaOptions(parse.GetValue(pdf), parse.GetValue(json), parse.GetValue(unit) ?? "ns", parse.GetValue(pixel), parse.GetValue(force))));
        return command;
    }

    public static int Run(CliConsole console, string inputPath, string outDir, EmvaOptions options)
    {
        double secondsPerUnit = options.SecondsPerExposureUnit();
        if (options.PixelSizeUm is double size && !(size > 0 && double.IsFinite(size)))
        {
            throw new UsageException($"--pixel-size-um {size} must be a positive number of micrometres");
        }

        EmvaInput input = Read(inputPath, secondsPerUnit, options.PixelSizeUm);
        OutputCheck.Folder(outDir);
        OutputCheck.NoEarlierRun(outDir, options.Force, "results.json", "report.html", "report.pdf");
        if (options.Pdf && ChromiumPdf.Problem() is string noBrowser)
        {
            throw new UsageException(noBrowser);
        }

        Task writers = WriterWarmUp.Start();
        EmvaAnalysisResult analysis = ProgressDisplay.Run(console, progress => EmvaAnalysis.Run(input, Reading(progress)));
        CameraResults results = ResultsMapper.Emva(analysis, input.CameraName ?? Path.GetFileName(inputPath));
        writers.GetAwaiter().GetResult();
        // The data sheet and results.json are built from the same finished results: on two threads.
        Task<string> html = Task.Run(() => EmvaDataSheet.Render(results, $"camtest {typeof(EmvaCommand).Assembly.GetName().Version}"));
        string resultsJson = ResultsJson.Serialize(results);
        string folder = Write(html.GetAwaiter().GetResult(), resultsJson, outDir, options.Pdf);
        if (options.Json)
        {
            console.Out.WriteLine(resultsJson);
        }
        else
        {
            EmvaConsoleSummary.Write(console.Out, results);
            console.Out.WriteLine($"data sheet: {Path.Combine(folder, options.Pdf ? "report.pdf" : "report.html")}");
        }

        return CamTestApp.Success;
    }

    /// <summary>A session when the file is JSON, else an EMVA descriptor.</summary>
    private static EmvaInput Read(string path, double secondsPerUnit, double? pixelSizeUm)
    {
        if (path.EndsWith(".json", StringComparison.OrdinalIgnoreCase))
        {
            EmvaInput session = EmvaSessionInput.From(SessionManifestFile.Load(path));
            return pixelSizeUm is null ? session : session with { PixelSizeUm = pixelSizeUm };
        }

        return EmvaDescriptorInput.From(EmvaDescriptorParser.Parse(path), secondsPerUnit, pixelSizeUm);
    }

    private static Progress? Reading(IProgress<AnalysisProgress>? progress) =>
        progress is null ? null : new Progress(f => progress.Report(new AnalysisProgress("reading images", f)));

    private static string Write(string html, string resultsJson, string outDir, bool pdf)
    {
        var folder = new OutputFolder(outDir);
        try
        {
            folder.StageText("results.json", resultsJson);
            folder.StageText("report.html", html);
            if (pdf)
            {
                folder.Stage("report.pdf", temp => ChromiumPdf.Print(html, temp));
            }

            folder.Commit();
        }
        catch
        {
            folder.Discard();
            throw;
        }

        return folder.Path;
    }

    private sealed class Progress(Action<double> report) : IProgress<double>
    {
        public void Report(double value) => report(value);
    }
}
