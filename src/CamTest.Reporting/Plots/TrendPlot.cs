using CamTest.History.Trends;

namespace CamTest.Reporting.Plots;

/// <summary>
/// One series of the camera history, drawn by the one plot builder (<see cref="SvgChart"/>, class <c>trend-plot</c> so
/// the trend page styles it): each run a point with its error bar, the run that raised an alarm in red (series
/// "alarm"), the fitted trend as a dashed line, calendar months along the bottom.
/// </summary>
public static class TrendPlot
{
    public static string Render(TrendSeries series, long? alarmRun)
    {
        IReadOnlyList<TrendPoint> p = series.Points;
        var chart = new SvgChart($"{series.Label} over time", "acquired", series.Unit, svgClass: "trend-plot")
            .Points("runs", p.Where(x => x.RunId != alarmRun).Select(x => (x.Months, x.Value, x.StdErr)), "#1f4e79");
        if (p.Any(x => x.RunId == alarmRun))
        {
            chart.Points("alarm", p.Where(x => x.RunId == alarmRun).Select(x => (x.Months, x.Value, x.StdErr)), "#c0392b");
        }

        double end = Math.Max(p[^1].Months, 1);
        if (series.Fit is { } f)
        {
            chart.Line($"trend {HistoryQuantityText.Of(f.SlopePerMonth, f.SlopeStdErr, $"{series.Unit}/month")}", [(0, f.Start), (end, f.Start + (f.SlopePerMonth * end))], "#c0392b", dashed: true);
        }

        return chart.XTicks(MonthTicks(p[0].Acquired, end)).Render();
    }

    /// <summary>Calendar-month ticks (every month, or every 2, 3, 6, 12 for long histories), labelled year-month.</summary>
    private static IEnumerable<(double Months, string Text)> MonthTicks(DateTimeOffset first, double span)
    {
        int every = span switch { <= 14 => 1, <= 28 => 2, <= 42 => 3, <= 84 => 6, _ => 12 };
        for (int m = 0; ; m += every)
        {
            DateTimeOffset tick = first.AddMonths(m);
            double months = (tick - first).TotalDays / TrendPoint.DaysPerMonth;
            if (months > span + 1e-9)
            {
                yield break;
            }

            yield return (months, tick.UtcDateTime.ToString("yyyy-MM", System.Globalization.CultureInfo.InvariantCulture));
        }
    }
}
