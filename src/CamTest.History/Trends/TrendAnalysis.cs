using CamTest.Core.Diagnostics;
using CamTest.Core.Results;
using CamTest.Core.Session;
using CamTest.History.Recording;
using CamTest.History.Storage;

namespace CamTest.History.Trends;

/// <summary>
/// Builds a camera's trends from its runs: one series per figure and set of comparable conditions
/// (<see cref="SeriesConditions"/>), each fitted (<see cref="TrendFit"/>) and checked by its alarm rule
/// (<see cref="AlarmRules"/>). Runs whose acquisition time is unknown have no place on the time axis: they are listed
/// but left out of the series, and a note says so.
/// </summary>
public static class TrendAnalysis
{
    public static CameraTrend Build(CameraIdentity camera, IReadOnlyList<StoredRun> runs, TrendSettings settings)
    {
        var raised = new RaisedDiagnostics();
        List<StoredRun> dated = [.. runs.Where(r => r.Acquired is not null).OrderBy(r => r.Acquired).ThenBy(r => r.Id)];
        foreach (StoredRun undated in runs.Where(r => r.Acquired is null))
        {
            raised.Add(HistoryDiagnostics.UndatedRun.Raise(
                $"run {undated.Id} ({undated.Source}): acquisition time unknown, left out of the trends (record it with --acquired, or give \"acquired\" in session.json)")
                with { Section = "history", File = undated.Source, Reason = $"run {undated.Id}" });
            // The run's id beside its file: results are files named results.json in their own folders, so the file's
            // name alone would collapse several undated runs into one in the notes line.
        }

        var series = new List<TrendSeries>();
        foreach (var group in dated
            .SelectMany(r => r.Figures.Values.Select(f => (Run: r, Figure: f, Conditions: SeriesConditions.For(f.Key, r.Conditions))))
            .GroupBy(x => (x.Figure.Key, x.Conditions, x.Figure.Unit))
            .OrderBy(g => g.Key.Key, StringComparer.Ordinal).ThenBy(g => g.Key.Conditions, StringComparer.Ordinal))
        {
            DateTimeOffset first = group.First().Run.Acquired!.Value;
            TrendPoint[] points = [.. group.Select(x => new TrendPoint(
                x.Run.Id, x.Run.Acquired!.Value, (x.Run.Acquired!.Value - first).TotalDays / TrendPoint.DaysPerMonth, x.Figure.Value, x.Figure.StdErr))];
            series.Add(new TrendSeries(group.Key.Key, group.Key.Conditions, group.Key.Unit, points, TrendFit.Of(points)));
        }

        List<Alarm> alarms = [.. series.Select(s => AlarmRules.Check(s, settings)).OfType<Alarm>().OrderBy(a => a.FirstAcquired)];
        // Several undated runs collapse into one line naming their files, as results.json's warnings do.
        DiagnosticReport report = DiagnosticReport.Of(raised.All);
        return new CameraTrend(camera, [.. dated, .. runs.Where(r => r.Acquired is null)], series, alarms, settings, report.Warnings)
        {
            Diagnostics = report.Diagnostics,
        };
    }
}
