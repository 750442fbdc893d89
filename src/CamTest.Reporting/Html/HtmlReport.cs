using System.Text;
using CamTest.Core.Analysis;
using CamTest.Core.Results;
using CamTest.Reporting.Html.Sections;
using static CamTest.Reporting.Html.Html;

namespace CamTest.Reporting.Html;

/// <summary>
/// report.html: one self-contained page (inline CSS, plots as inline SVG, no outside reference) that can be mailed,
/// archived and printed on A4: a Certificate-of-Performance header, the summary of every figure with its standard
/// error and verdict, then one section per protocol test, each its own component (Html/Sections) owning its text,
/// table, plots and captions. Figures carry their results.json key (data-key) so the page can be checked against the file.
/// </summary>
public static class HtmlReport
{
    public static string Render(CameraResults r, string generatedBy)
    {
        var h = new StringBuilder();
        string title = r.Camera?.Name is { } name ? $"Camera test: {name}" : "Camera test";
        h.Append($"<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>{Encode(title)}</title><style>{ReportStyle.Css}</style></head><body>");
        h.Append($"<h1>{Encode(title)}</h1>");
        CertificateHeader.Write(h, r, generatedBy);
        Warnings(h, r.Warnings);
        Summary(h, r);
        foreach (StringBuilder section in Sections(r))
        {
            h.Append(section);
        }

        h.Append("</body></html>");
        return h.ToString();
    }

    /// <summary>One section per protocol test, in page order. Each reads only the results and writes only its own
    /// text, so they are rendered side by side (the plots' first drawing, the heat map's PNG) and joined in order: the
    /// page is the same as written one after another.</summary>
    private static StringBuilder[] Sections(CameraResults r)
    {
        Action<StringBuilder>[] writers =
        [
            h => BiasView.Write(h, r.Bias),
            h => GainView.Write(h, r.Gain, r.FixedPattern),
            h => ReadNoiseView.Write(h, r.ReadNoise),
            h => SnrView.Write(h, r),
            h => DarkCurrentView.Write(h, r.DarkCurrent),
            h => HotPixelView.Write(h, r.HotPixels),
            h => SaturationView.Write(h, r.Saturation),
            h => FixedPatternView.Write(h, r.FixedPattern, r.Bias?.Pattern),
            h => EmGainView.Write(h, r.EmGain),
            h => TimingView.Write(h, r.Timing),
        ];
        var sections = new StringBuilder[writers.Length];
        Parallel.For(0, writers.Length, i =>
        {
            sections[i] = new StringBuilder();
            writers[i](sections[i]);
        });
        return sections;
    }

    private static void Warnings(StringBuilder h, IReadOnlyList<string> warnings)
    {
        foreach (string w in warnings)
        {
            h.Append($"<p class=\"warn\">{Encode(w)}</p>");
        }
    }

    private static void Summary(StringBuilder h, CameraResults r)
    {
        h.Append("<section id=\"summary\"><h2>Summary</h2><table><tr><th>figure</th><th>value ± standard error</th><th>criterion</th><th>verdict</th></tr>");
        foreach (SummaryFigure f in SummaryFigures.Of(r))
        {
            h.Append($"<tr><td title=\"{Encode(f.Figure.Meaning)}\">{Encode(f.Label)}</td><td class=\"num\">{Figure(f.Figure, f.Value, f.UpperBound)}</td><td>{Encode(f.Criterion)}</td><td>{(f.HasVerdict ? Verdict(f.Pass) : string.Empty)}</td></tr>");
        }

        h.Append("</table></section>");
    }

    internal static string LevelRow(GainPoint l) =>
        $"<tr><td class=\"num\">{Number(l.ExposureMs)}</td><td class=\"num\">{Number(l.MeanAdu, "F2")}</td><td class=\"num\">{Estimate(l.Variance)}</td>"
        + $"<td class=\"num\">{Estimate(l.Gain)}</td><td class=\"num\">{Number(l.DeviationPercent, "F2")}</td>"
        + $"<td>{(l.Saturated ? "saturated" : l.InFit ? "fitted" : "not fitted")}</td></tr>";
}
