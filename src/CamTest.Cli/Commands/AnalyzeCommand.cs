using System.CommandLine;
using CamTest.Core.Results;
using CamTest.Core.Session;
using CamTest.History.Recording;
using CamTest.History.Storage;
using CamTest.IO.Session;
using CamTest.Reporting;
using CamTest.Reporting.Html;
using CamTest.Reporting.Json;

namespace CamTest.Cli.Commands;

/// <summary>
/// <c>camtest analyze SESSION.json --out DIR [--json] [--pdf]</c>: every protocol test the session's data allow; writes
/// DIR/results.json and DIR/report.html (self-contained), and DIR/report.pdf with --pdf, together or not at all.
/// </summary>
public static class AnalyzeCommand
{
    public static Command Create(CliConsole console)
    {
        var session = new Argument<string>("session") { Description = "session.json naming the bias, flat, dark, hot-pixel and EM gain stacks" };
        var output = new Option<string>("--out") { Description = "folder for results.json and report.html", Required = true };
        var json = new Option<bool>("--json") { Description = "print results.json on stdout instead of the summary table" };
        var force = new Option<bool>("--force") { Description = "replace the results.json and report.html of an earlier run in --out" };
        var pdf = new Option<bool>("--pdf") { Description = "also print the report to report.pdf (headless Chromium)" };
        var record = new Option<bool>("--record") { Description = "also add the run to the camera history (see --db)" };
        Option<string?> db = HistoryOptions.Db();
        var command = new Command("analyze", "Run the camera test protocol on a session.") { session, output, json, force, pdf, record, db };
        command.SetAction(parse => Run(console, parse.GetRequiredValue(session), parse.GetRequiredValue(output), parse.GetValue(json), parse.GetValue(force),
            parse.GetValue(pdf), parse.GetValue(record) ? HistoryOptions.Open(parse.GetValue(db))
            : parse.GetValue(db) is null ? null : throw new UsageException("--db names the history that --record adds to; give --record too")));
        return command;
    }

    /// <param name="history">With --record: the history, opened before the analysis so a bad --db fails at once.</param>
    public static int Run(CliConsole console, string sessionPath, string outDir, bool asJson, bool force = false, bool pdf = false, HistoryStore? history = null)
    {
        SessionManifest manifest = SessionManifestFile.Load(sessionPath);
        OutputCheck.Folder(outDir);
        OutputCheck.NoEarlierRun(outDir, force, ResultFiles);
        if (pdf && ChromiumPdf.Problem() is string noBrowser)
        {
            throw new UsageException(noBrowser);
        }

        // The results.json contract is built by reflection while the stacks are read, not after them (as emva and maps do).
        Task writers = WriterWarmUp.Start();
        CameraResults results = ProgressDisplay.Run(console, progress => SessionAnalysis.Run(manifest, progress));
        writers.GetAwaiter().GetResult();
        // The page and results.json are independent renderings of the same results: one on each core.
        // The summary table laid out once into nothing beside them: Spectre's first table is mostly JIT, which then
        // happens while a core is free rather than after the files are written; the real table below is the same text.
        Task table = asJson ? Task.CompletedTask : Task.Run(() => ConsoleSummary.Write(TextWriter.Null, results));
        Task<string> page = Task.Run(() => Page(results));
        string json = ResultsJson.Serialize(results);
        string folder = Write(json, page.GetAwaiter().GetResult(), outDir, pdf);
        table.GetAwaiter().GetResult();
        if (history is not null)
        {
            // The run as results.json holds it, so that 'history add' of the same file later adds nothing.
            RecordedRun run = RunReader.Read(json, Path.Combine(folder, "results.json"));
            HistoryAddCommand.Report(console, history, [run], history.Add([run]), asJson ? console.Error : console.Out);
        }

        if (asJson)
        {
            console.Out.WriteLine(json);
        }
        else
        {
            ConsoleSummary.Write(console.Out, results);
            console.Out.WriteLine($"report: {Path.Combine(folder, pdf ? "report.pdf" : "report.html")}");
        }

        return CamTestApp.Success;
    }

    /// <summary>Stages results.json and report.html, then moves both into place.</summary>
    public static string Write(CameraResults results, string outDir) => Write(results, ResultsJson.Serialize(results), outDir);

    /// <summary>As <see cref="Write(CameraResults, string)"/>, with results.json already serialised (analyze --json prints the same text).</summary>
    public static string Write(CameraResults results, string resultsJson, string outDir, bool pdf = false) =>
        Write(resultsJson, Page(results), outDir, pdf);

    private static string Page(CameraResults results) => HtmlReport.Render(results, $"camtest {typeof(AnalyzeCommand).Assembly.GetName().Version}");

    /// <summary>Stages results.json and the rendered page (and the PDF printed from it), then moves them into place.</summary>
    private static string Write(string resultsJson, string html, string outDir, bool pdf)
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

            // Earlier versions wrote the plots as PNG files beside the page; the page now holds them, and old files would mislead.
            foreach (string stale in LegacyPlots)
            {
                File.Delete(Path.Combine(folder.Path, stale));
            }
        }
        catch
        {
            folder.Discard();
            throw;
        }

        return folder.Path;
    }

    private static readonly string[] LegacyPlots = ["bias.png", "ptc.png", "dark.png"];

    private static readonly string[] ResultFiles = ["results.json", "report.html"];
}
