using System.Globalization;
using System.Text;
using CamTest.History.Trends;
using static CamTest.Reporting.Html.Html;

namespace CamTest.Reporting.Plots;

/// <summary>
/// One series of the camera history as inline SVG (no outside reference): each run a point with its error bar, the
/// fitted trend as a line, dates along the bottom. Written by hand rather than through a plotting library so that a
/// test (or a browser test) can find every element: <c>circle.point</c> carries the run, value and error in data-
/// attributes, <c>line.error-bar</c> and <c>line.fit</c> are what they say, a run that raised an alarm is
/// <c>circle.point.alarm</c>. Text is drawn by the browser in the page's font.
/// </summary>
public static class TrendSvg
{
    private const double Width = 720, Height = 260, Left = 78, Right = 40, Top = 14, Bottom = 40;

    public static string Render(TrendSeries series, long? alarmRun)
    {
        IReadOnlyList<TrendPoint> p = series.Points;
        double lo = p.Min(x => x.Value - (x.StdErr ?? 0)), hi = p.Max(x => x.Value + (x.StdErr ?? 0));
        if (series.Fit is { } fit)
        {
            double end = p[^1].Months;
            (lo, hi) = (Math.Min(lo, Math.Min(fit.Start, fit.Start + (fit.SlopePerMonth * end))), Math.Max(hi, Math.Max(fit.Start, fit.Start + (fit.SlopePerMonth * end))));
        }

        var y = new AxisScale(lo, hi, Height - Bottom, Top);
        double span = Math.Max(p[^1].Months, 1);
        var x = new AxisScale(0, span, Left, Width - Right);
        var svg = new StringBuilder();
        svg.Append(Invariant($"<svg class=\"trend-plot\" xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 {Width} {Height}\" width=\"{Width}\" height=\"{Height}\" role=\"img\" aria-label=\"{Encode(series.Label)} over time\">"));
        svg.Append(Invariant($"<rect class=\"frame\" x=\"{Left}\" y=\"{Top}\" width=\"{Width - Left - Right}\" height=\"{Height - Top - Bottom}\" fill=\"none\" stroke=\"#bbb\"/>"));
        YAxis(svg, y, series.Unit);
        XAxis(svg, x, p[0].Acquired);
        if (series.Fit is { } f)
        {
            double end = x.Max;
            svg.Append(Invariant($"<line class=\"fit\" x1=\"{x.Pixel(0):F1}\" y1=\"{y.Pixel(f.Start):F1}\" x2=\"{x.Pixel(end):F1}\" y2=\"{y.Pixel(f.Start + (f.SlopePerMonth * end)):F1}\" stroke=\"#c0392b\" stroke-width=\"1.5\" stroke-dasharray=\"6 4\"/>"));
        }

        foreach (TrendPoint point in p)
        {
            double cx = x.Pixel(point.Months), cy = y.Pixel(point.Value);
            if (point.StdErr is double s && s > 0)
            {
                svg.Append(Invariant($"<line class=\"error-bar\" x1=\"{cx:F1}\" y1=\"{y.Pixel(point.Value - s):F1}\" x2=\"{cx:F1}\" y2=\"{y.Pixel(point.Value + s):F1}\" stroke=\"#1f4e79\"/>"));
            }

            string alarm = point.RunId == alarmRun ? " alarm" : string.Empty;
            string fill = point.RunId == alarmRun ? "#c0392b" : "#1f4e79";
            svg.Append(Invariant($"<circle class=\"point{alarm}\" data-run=\"{point.RunId}\" data-value=\"{point.Value:R}\" data-stderr=\"{point.StdErr?.ToString("R", CultureInfo.InvariantCulture) ?? string.Empty}\" cx=\"{cx:F1}\" cy=\"{cy:F1}\" r=\"3.5\" fill=\"{fill}\"><title>run {point.RunId}, {point.Acquired.UtcDateTime:yyyy-MM-dd}: {Encode(Value(point.Value, point.StdErr, series.Unit))}</title></circle>"));
        }

        return svg.Append("</svg>").ToString();
    }

    private static void YAxis(StringBuilder svg, AxisScale y, string unit)
    {
        foreach (double t in y.Ticks())
        {
            double py = y.Pixel(t);
            svg.Append(Invariant($"<line class=\"grid\" x1=\"{Left}\" y1=\"{py:F1}\" x2=\"{Width - Right}\" y2=\"{py:F1}\" stroke=\"#eee\"/>"));
            svg.Append(Invariant($"<text class=\"tick\" x=\"{Left - 6}\" y=\"{py + 4:F1}\" text-anchor=\"end\" font-size=\"11\">{Encode(y.Label(t))}</text>"));
        }

        svg.Append(Invariant($"<text class=\"axis-label\" x=\"14\" y=\"{(Top + Height - Bottom) / 2:F1}\" text-anchor=\"middle\" font-size=\"11\" transform=\"rotate(-90 14 {(Top + Height - Bottom) / 2:F1})\">{Encode(unit)}</text>"));
    }

    /// <summary>Calendar-month ticks (every month, or every 2, 3, 6, 12 for long histories), labelled year-month.</summary>
    private static void XAxis(StringBuilder svg, AxisScale x, DateTimeOffset first)
    {
        int every = x.Max switch { <= 14 => 1, <= 28 => 2, <= 42 => 3, <= 84 => 6, _ => 12 };
        for (int m = 0; ; m += every)
        {
            DateTimeOffset tick = first.AddMonths(m);
            double months = (tick - first).TotalDays / TrendPoint.DaysPerMonth;
            if (months > x.Max + 1e-9)
            {
                break;
            }

            double px = x.Pixel(months);
            svg.Append(Invariant($"<line class=\"grid\" x1=\"{px:F1}\" y1=\"{Top}\" x2=\"{px:F1}\" y2=\"{Height - Bottom}\" stroke=\"#f3f3f3\"/>"));
            svg.Append(Invariant($"<text class=\"tick\" x=\"{px:F1}\" y=\"{Height - Bottom + 16}\" text-anchor=\"middle\" font-size=\"10\">{tick.UtcDateTime:yyyy-MM}</text>"));
        }

        svg.Append(Invariant($"<text class=\"axis-label\" x=\"{(Left + Width - Right) / 2:F1}\" y=\"{Height - 6}\" text-anchor=\"middle\" font-size=\"11\">acquired</text>"));
    }

    internal static string Value(double value, double? stderr, string unit) => HistoryQuantityText.Of(value, stderr, unit);

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
