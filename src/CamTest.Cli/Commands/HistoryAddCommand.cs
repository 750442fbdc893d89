using System.CommandLine;
using CamTest.History;
using CamTest.History.Recording;
using CamTest.History.Storage;
using CamTest.IO;

namespace CamTest.Cli.Commands;

/// <summary>
/// <c>camtest history add RESULTS.json... [--acquired TIME] [--db DB]</c>: records runs. Every file is read and checked
/// before anything is written, and all are added in one transaction: a bad file adds nothing. The same results added
/// twice add nothing the second time.
/// </summary>
public static class HistoryAddCommand
{
    public static Command Create(CliConsole console)
    {
        var files = new Argument<string[]>("results") { Description = "results.json files written by camtest analyze", Arity = ArgumentArity.OneOrMore };
        var acquired = new Option<string?>("--acquired") { Description = "when the session was acquired (ISO 8601), for results that do not say (written before camtest recorded it)" };
        Option<string?> db = HistoryOptions.Db();
        var command = new Command("add", "Add analysed runs to the camera history.") { files, acquired, db };
        command.SetAction(parse => Run(console, parse.GetRequiredValue(files), parse.GetValue(acquired), parse.GetValue(db)));
        return command;
    }

    private static int Run(CliConsole console, string[] files, string? acquiredText, string? db)
    {
        DateTimeOffset? acquired = acquiredText is null ? null
            : IsoTimestamp.TryParse(acquiredText) ?? throw new UsageException($"--acquired \"{acquiredText}\" is not an ISO 8601 date or time (e.g. 2026-03-15 or 2026-03-15T10:30:00Z)");
        List<RecordedRun> runs = [.. files.Select(f => WithAcquired(Read(f), acquired))];
        HistoryStore store = HistoryOptions.Open(db);
        Report(console, store, runs, store.Add(runs));
        return CamTestApp.Success;
    }

    /// <summary>Prints what adding did, run by run.</summary>
    public static void Report(CliConsole console, HistoryStore store, IReadOnlyList<RecordedRun> runs, IReadOnlyList<AddOutcome> outcomes, TextWriter? to = null)
    {
        to ??= console.Out;
        for (int i = 0; i < runs.Count; i++)
        {
            RecordedRun run = runs[i];
            AddOutcome o = outcomes[i];
            string when = run.Acquired is DateTimeOffset t ? $"acquired {IsoTimestamp.Format(t)}" : "acquisition time unknown (left out of trends; add with --acquired)";
            to.WriteLine(o.Added
                ? $"recorded run {o.RunId}: {run.Camera}, {when} ({run.Source})"
                : $"already recorded as run {o.RunId}: {run.Source} (nothing added)");
        }

        to.WriteLine($"history: {store.Target.Display}");
    }

    /// <summary>Reads one results.json (a missing or unreadable file is bad input naming it).</summary>
    public static RecordedRun Read(string path)
    {
        string full = Path.GetFullPath(path);
        if (!File.Exists(full))
        {
            throw new InvalidInputException(path, Directory.Exists(full) ? "is a folder, not a results.json" : "results file not found");
        }

        try
        {
            return RunReader.Read(File.ReadAllText(full), full);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            throw new InvalidInputException(path, $"cannot be read: {ex.Message}", ex);
        }
    }

    private static RecordedRun WithAcquired(RecordedRun run, DateTimeOffset? acquired)
    {
        if (acquired is null)
        {
            return run;
        }

        if (run.Acquired is DateTimeOffset stated && stated != acquired)
        {
            throw HistoryDiagnostics.AcquiredContradicted.Refuse(run.Source, $"states it was acquired {IsoTimestamp.Format(stated)}; --acquired {IsoTimestamp.Format(acquired.Value)} contradicts it (--acquired is for results that do not say)");
        }

        return run with { Acquired = acquired, AcquiredFrom = run.AcquiredFrom ?? "--acquired" };
    }
}
