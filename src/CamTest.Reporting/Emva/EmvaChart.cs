using System.Text;
using CamTest.Core.Results;
using CamTest.Reporting.Plots;

namespace CamTest.Reporting.Emva;

/// <summary>
/// The data sheet's plots, drawn by the report's one plot builder (<see cref="SvgChart"/>): each a figure whose title
/// is the chart's accessible name and the caption's lead, and the series the standard's plots share.
/// </summary>
internal static class EmvaChart
{
    /// <summary>The chart as a figure element, titled, with its caption.</summary>
    public static void Figure(StringBuilder h, SvgChart chart, string title, string caption)
    {
        h.Append("<figure class=\"plot\">").Append(chart.Render()).Append("<figcaption><strong>").Append(Html.Html.Encode(title))
            .Append("</strong>. ").Append(Html.Html.Encode(caption)).Append("</figcaption></figure>");
    }

    /// <summary>Fitted points, the others below saturation, and those beyond it, each its own series.</summary>
    public static void Points(SvgChart chart, IEnumerable<EmvaPointRow> points, Func<EmvaPointRow, double> x, Func<EmvaPointRow, double> y, Func<EmvaPointRow, bool>? fitted = null)
    {
        fitted ??= p => p.InGainFit;
        EmvaPointRow[] all = [.. points];
        foreach ((string label, Func<EmvaPointRow, bool> which) in new (string, Func<EmvaPointRow, bool>)[]
        {
            ("in fit", fitted), ("not fitted", p => !fitted(p) && !p.BeyondSaturation), ("beyond saturation", p => p.BeyondSaturation),
        })
        {
            EmvaPointRow[] chosen = [.. all.Where(which)];
            if (chosen.Length > 0)
            {
                chart.Points(label, chosen.Select(p => (x(p), y(p), (double?)null)));
            }
        }
    }

    /// <summary>A straight line from (x0, y0) to (x1, y1): a fit, or a level drawn across the plot.</summary>
    public static void Segment(SvgChart chart, string name, double x0, double y0, double x1, double y1, bool dashed = false) =>
        chart.Line(name, [(x0, y0), (x1, y1)], dashed: dashed);
}
