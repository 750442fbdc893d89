using System.CommandLine;
using System.Globalization;
using System.Text.Json;
using CamTest.History.Storage;
using CamTest.History.Trends;
using CamTest.Reporting;
using CamTest.Reporting.Html;

namespace CamTest.Cli.Commands;

/// <summary>
/// <c>camtest history trend CAMERA [--out FILE.html] [--json] [--em-gain-fraction F] [--significance Z] [--db DB]</c>:
/// every figure of a camera over time with its fitted trend, and the alarms (rules in <see cref="AlarmRules"/>).
/// </summary>
public static class HistoryTrendCommand
{
    public static Command Create(CliConsole console)
    {
        var camera = new Argument<string>("camera") { Description = "the camera: its serial, its name, or its number in 'history list'" };
        var output = new Option<string?>("--out") { Description = "write the trend page (one self-contained HTML file) there" };
        var json = new Option<bool>("--json") { Description = "print {\"camera\", \"runs\", \"trends\", \"alarms\"} on stdout" };
        var fraction = new Option<double>("--em-gain-fraction") { DefaultValueFactory = _ => TrendSettings.Default.EmGainFraction, Description = "EM gain alarm: below this fraction of the first measurement (default 0.8)" };
        var significance = new Option<double>("--significance") { DefaultValueFactory = _ => TrendSettings.Default.Significance, Description = "standard errors a change must exceed to raise an alarm (default 4)" };
        Option<string?> db = HistoryOptions.Db();
        var command = new Command("trend", "Every figure of a camera over time, its trend and the alarms.") { camera, output, json, fraction, significance, db };
        command.SetAction(parse => Run(console, parse.GetRequiredValue(camera), parse.GetValue(output), parse.GetValue(json),
            new TrendSettings(parse.GetValue(fraction), parse.GetValue(significance)), parse.GetValue(db)));
        return command;
    }

    private static int Run(CliConsole console, string query, string? output, bool asJson, TrendSettings settings, string? db)
    {
        if (!(settings.EmGainFraction is > 0 and < 1) || !(settings.Significance > 0 && double.IsFinite(settings.Significance)))
        {
            throw new UsageException("--em-gain-fraction must lie between 0 and 1 (0.8 is 80 %) and --significance be a positive number of standard errors");
        }

        if (output is not null)
        {
            OutputCheck.File("--out", output);
        }

        HistoryStore store = HistoryOptions.Open(db);
        CameraSummary camera = HistoryOptions.Camera(store, query);
        CameraTrend trend = TrendAnalysis.Build(camera.Camera, store.Runs(camera.Id), settings);
        if (output is not null)
        {
            var folder = new OutputFolder(Path.GetDirectoryName(Path.GetFullPath(output))!);
            folder.StageText(Path.GetFileName(output), TrendPage.Render(trend, $"camtest {typeof(HistoryTrendCommand).Assembly.GetName().Version}"));
            folder.Commit();
        }

        if (asJson)
        {
            console.Out.WriteLine(JsonSerializer.Serialize(trend, JsonOptions.Indented));
            return CamTestApp.Success;
        }

        Summary(console.Out, trend);
        if (output is not null)
        {
            console.Out.WriteLine($"trend page: {Path.GetFullPath(output)}");
        }

        return CamTestApp.Success;
    }

    private static void Summary(TextWriter o, CameraTrend trend)
    {
        o.WriteLine($"{trend.Camera}: {trend.Runs.Count} run(s)");
        foreach (TrendSeries s in trend.Trends.Where(s => s.Fit is not null))
        {
            TrendFit f = s.Fit!;
            string slope = HistoryQuantityText.Of(f.SlopePerMonth, f.SlopeStdErr, $"{s.Unit}/month");
            o.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  {s.Label,-44} {s.Points.Count,3} runs  {slope}{(f.PercentPerMonth is double pc ? $" ({pc:+0.00;-0.00;0.00} %/month)" : string.Empty)}"));
        }

        foreach (string note in trend.Notes)
        {
            o.WriteLine($"note: {note}");
        }

        o.WriteLine(trend.Alarms.Count == 0 ? "no alarm" : $"{trend.Alarms.Count} alarm(s):");
        foreach (Alarm a in trend.Alarms)
        {
            o.WriteLine($"ALARM {a.Rule}: {a.Message}");
        }
    }
}
