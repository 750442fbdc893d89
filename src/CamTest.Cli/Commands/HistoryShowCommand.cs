using System.CommandLine;
using System.Globalization;
using System.Text.Json;
using CamTest.History.Storage;

namespace CamTest.Cli.Commands;

/// <summary><c>camtest history show CAMERA [--json] [--db DB]</c>: a camera's runs, oldest first, with their headline figures.</summary>
public static class HistoryShowCommand
{
    public static Command Create(CliConsole console)
    {
        var camera = new Argument<string>("camera") { Description = "the camera: its serial, its name, or its number in 'history list'" };
        var json = new Option<bool>("--json") { Description = "print {\"camera\", \"runs\": [...]} with every figure on stdout" };
        Option<string?> db = HistoryOptions.Db();
        var command = new Command("show", "Show a camera's runs.") { camera, json, db };
        command.SetAction(parse => Run(console, parse.GetRequiredValue(camera), parse.GetValue(json), parse.GetValue(db)));
        return command;
    }

    private static int Run(CliConsole console, string query, bool asJson, string? db)
    {
        HistoryStore store = HistoryOptions.Open(db);
        CameraSummary camera = HistoryOptions.Camera(store, query);
        IReadOnlyList<StoredRun> runs = store.Runs(camera.Id);
        if (asJson)
        {
            console.Out.WriteLine(JsonSerializer.Serialize(new { camera = camera.Camera, runs }, JsonOptions.Indented));
            return CamTestApp.Success;
        }

        console.Out.WriteLine($"{camera.Camera} ({camera.Camera.Sensor ?? "sensor not stated"}): {runs.Count} run(s) in {store.Target.Display}");
        foreach (StoredRun r in runs)
        {
            string conditions = string.Join(", ", new[]
            {
                r.Conditions.TemperatureC is double t ? string.Create(CultureInfo.InvariantCulture, $"{t:0.#} °C") : null,
                r.Conditions.ReadoutMode, r.Conditions.EmGainSetPoint is double em ? string.Create(CultureInfo.InvariantCulture, $"EM gain {em:0.##}") : null,
            }.OfType<string>());
            console.Out.WriteLine($"run {r.Id}  acquired {HistoryText.Day(r.Acquired)}  analysed {HistoryText.Day(r.Analysed)}{(conditions.Length > 0 ? $"  ({conditions})" : string.Empty)}");
            foreach (string key in HistoryText.Headline.Where(r.Figures.ContainsKey))
            {
                console.Out.WriteLine($"    {key,-18} {HistoryText.Figure(r, key)}");
            }
        }

        return CamTestApp.Success;
    }
}
