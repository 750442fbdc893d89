using System.CommandLine;
using System.Text.Json;
using CamTest.History.Storage;

namespace CamTest.Cli.Commands;

/// <summary><c>camtest history list [--json] [--db DB]</c>: the cameras in the history, with their runs.</summary>
public static class HistoryListCommand
{
    public static Command Create(CliConsole console)
    {
        var json = new Option<bool>("--json") { Description = "print {\"history\", \"cameras\": [...]} on stdout" };
        Option<string?> db = HistoryOptions.Db();
        var command = new Command("list", "List the cameras in the history.") { json, db };
        command.SetAction(parse => Run(console, parse.GetValue(json), parse.GetValue(db)));
        return command;
    }

    private static int Run(CliConsole console, bool asJson, string? db)
    {
        HistoryStore store = HistoryOptions.Open(db);
        IReadOnlyList<CameraSummary> cameras = store.Cameras();
        if (asJson)
        {
            console.Out.WriteLine(JsonSerializer.Serialize(new { history = store.Target.Display, cameras }, JsonOptions.Indented));
            return CamTestApp.Success;
        }

        console.Out.WriteLine($"history: {store.Target.Display}");
        if (cameras.Count == 0)
        {
            console.Out.WriteLine("no runs recorded yet ('camtest analyze ... --record' or 'camtest history add results.json')");
        }

        foreach (CameraSummary c in cameras)
        {
            console.Out.WriteLine($"#{c.Id}  {c.Camera}  {c.Camera.Sensor ?? "-"}  {c.Runs} run(s)  {HistoryText.Day(c.FirstAcquired)} .. {HistoryText.Day(c.LastAcquired)}");
        }

        return CamTestApp.Success;
    }
}
