using System.Globalization;
using System.Text;
using CamTest.History.Storage;
using CamTest.History.Trends;
using CamTest.Reporting.Plots;
using static CamTest.Reporting.Html.Html;

namespace CamTest.Reporting.Html;

/// <summary>
/// The camera history page (<c>camtest history trend CAMERA --out FILE.html</c>): one self-contained file (inline CSS,
/// plots as inline SVG, no outside reference), alarms at the top, then one plot per figure with its error bars and
/// fitted trend, then the runs. Stable hooks for tests: <c>#alarms</c> with one <c>li.alarm</c> per alarm (data-figure,
/// data-rule, data-first-run), <c>#trends</c> with one <c>section.trend</c> per series (data-figure, data-conditions)
/// holding exactly one <c>svg.trend-plot</c>, and <c>#runs</c>. Every text from the history passes through <see cref="Html.Encode"/>.
/// </summary>
public static class TrendPage
{
    public static string Render(CameraTrend trend, string generatedBy)
    {
        var h = new StringBuilder();
        string title = $"Camera history: {trend.Camera}";
        h.Append($"<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>{Encode(title)}</title><style>{ReportStyle.Css}{Css}</style></head><body>");
        h.Append($"<h1 id=\"title\">{Encode(title)}</h1><p class=\"note\">{Encode(trend.Camera.Sensor)} · {trend.Runs.Count} run(s) · {Encode(generatedBy)}</p>");
        Alarms(h, trend);
        foreach (string note in trend.Notes)
        {
            h.Append($"<p class=\"warn note-run\">{Encode(note)}</p>");
        }

        h.Append("<section id=\"trends\"><h2>Figures over time</h2>");
        h.Append($"<p class=\"note\">Each point is a run with its standard error; the dashed line is the straight line fitted through them (weighted by the errors), its slope per month (of {TrendPoint.DaysPerMonth:F2} days) with its standard error.</p>");
        var ids = new HashSet<string>(StringComparer.Ordinal);
        foreach (TrendSeries series in trend.Trends)
        {
            Series(h, series, trend.Alarms.FirstOrDefault(a => a.Figure == series.Figure && a.Conditions == series.Conditions), ids);
        }

        h.Append("</section>");
        Runs(h, trend.Runs);
        h.Append("</body></html>");
        return h.ToString();
    }

    private const string Css = """
        .alarm { color: #b3261e; } ul.alarms { padding-left: 1.2em; } section.trend { margin: 1.2em 0 1.8em; }
        section.trend h3 { font-size: 1.05em; margin: 0 0 0.2em; } svg.trend-plot { max-width: 100%; height: auto; font-family: "DejaVu Sans", Helvetica, Arial, sans-serif; }
        .no-alarms { color: #0a7d28; font-weight: bold; }
        """;

    private static void Alarms(StringBuilder h, CameraTrend trend)
    {
        h.Append("<section id=\"alarms\"><h2>Alarms</h2>");
        if (trend.Alarms.Count == 0)
        {
            h.Append("<p class=\"no-alarms\">No alarm: no watched figure has changed beyond its errors.</p>");
        }
        else
        {
            h.Append("<ul class=\"alarms\">");
            foreach (Alarm a in trend.Alarms)
            {
                h.Append(CultureInfo.InvariantCulture, $"<li class=\"alarm\" data-figure=\"{Encode(a.Figure)}\" data-rule=\"{Encode(a.Rule)}\" data-first-run=\"{a.FirstRun}\">{Encode(a.Message)}</li>");
            }

            h.Append("</ul>");
        }

        TrendSettings s = trend.Settings;
        h.Append(CultureInfo.InvariantCulture,
            $"<p class=\"note\">Rules: EM gain below {s.EmGainFraction:P0} of its first measurement and fallen by more than {s.Significance:G3} standard errors; read noise, dark current and hot pixels rising, or the bias drifting, with a fitted slope beyond {s.Significance:G3} standard errors (three runs or more).</p></section>");
    }

    private static void Series(StringBuilder h, TrendSeries series, Alarm? alarm, HashSet<string> ids)
    {
        // An id from the label; one figure recorded in two units (two series of one label) gets a number after the first.
        string stem = "trend-" + string.Concat(series.Label.Select(c => char.IsAsciiLetterOrDigit(c) ? char.ToLowerInvariant(c) : '-'));
        string id = stem;
        for (int n = 2; !ids.Add(id); n++)
        {
            id = $"{stem}-{n}";
        }

        h.Append($"<section class=\"trend{(alarm is null ? string.Empty : " has-alarm")}\" id=\"{Encode(id)}\" data-figure=\"{Encode(series.Figure)}\" data-conditions=\"{Encode(series.Conditions)}\">");
        h.Append($"<h3>{Encode(series.Label)}</h3><p class=\"fit note\">{Encode(FitText(series))}</p>");
        h.Append(TrendPlot.Render(series, alarm?.FirstRun));
        h.Append("</section>");
    }

    private static string FitText(TrendSeries s) => s.Fit is not { } f
        ? $"{s.Points.Count} run(s): no trend fitted (two runs at different times are needed)"
        : string.Create(CultureInfo.InvariantCulture,
            $"{s.Points.Count} runs; trend {HistoryQuantityText.Of(f.SlopePerMonth, f.SlopeStdErr, $"{s.Unit}/month")}{(f.PercentPerMonth is double pc ? $" ({pc:+0.00;-0.00;0.00} % a month)" : string.Empty)}{(f.ScatterRatio is > 1 and var r ? $"; runs scatter {r:F1} x their errors, slope error widened" : string.Empty)}");

    private static void Runs(StringBuilder h, IReadOnlyList<StoredRun> runs)
    {
        h.Append("<section id=\"runs\"><h2>Runs</h2><table><tr><th>run</th><th>acquired</th><th>analysed</th><th>temperature °C</th><th>readout</th><th>EM gain set point</th><th>source</th></tr>");
        foreach (StoredRun r in runs)
        {
            h.Append(CultureInfo.InvariantCulture,
                $"<tr class=\"run\" data-run=\"{r.Id}\"><td class=\"num\">{r.Id}</td><td>{Day(r.Acquired) ?? "unknown"}</td><td>{Day(r.Analysed) ?? "—"}</td><td class=\"num\">{Number(r.Conditions.TemperatureC ?? double.NaN)}</td><td>{Encode(r.Conditions.ReadoutMode ?? "—")}</td><td class=\"num\">{Number(r.Conditions.EmGainSetPoint ?? double.NaN)}</td><td>{Encode(r.Source)}</td></tr>");
        }

        h.Append("</table></section>");
    }

    private static string? Day(DateTimeOffset? t) => t?.UtcDateTime.ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture);
}
