using System.Text;
using CamTest.Core.Analysis;
using CamTest.Core.Results;
using static CamTest.Reporting.Html.Html;

namespace CamTest.Reporting.Html;

/// <summary>
/// report.html: a summary of every figure with its standard error and verdict, then one section per protocol test
/// with the numbers behind it. Plots are files beside the report, named in <paramref name="plots"/>.
/// </summary>
public static class HtmlReport
{
    public static string Render(CameraResults r, IReadOnlyDictionary<string, string> plots, string generatedBy)
    {
        var h = new StringBuilder();
        string title = r.Camera?.Name is { } name ? $"Camera test: {name}" : "Camera test";
        h.Append($"<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>{Encode(title)}</title><style>{ReportStyle.Css}</style></head><body>");
        h.Append($"<h1>{Encode(title)}</h1><p class=\"note\">{Encode(r.Camera?.Sensor)} {(r.Camera?.BitDepth is int b ? $"{b}-bit" : string.Empty)} · {Encode(generatedBy)}</p>");
        Warnings(h, r.Warnings);
        Summary(h, r);
        ReportSections.Bias(h, r.Bias, plots);
        ReportSections.Gain(h, r.Gain, plots);
        ReportSections.ReadNoise(h, r.ReadNoise);
        ReportSections.DarkCurrent(h, r.DarkCurrent, plots);
        ReportSections.HotPixels(h, r.HotPixels);
        ReportSections.Saturation(h, r.Saturation);
        ReportSections.FixedPattern(h, r.FixedPattern);
        ReportSections.EmGain(h, r.EmGain);
        ReportSections.Timing(h, r.Timing);
        h.Append("</body></html>");
        return h.ToString();
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
        h.Append("<h2>Summary</h2><table><tr><th>figure</th><th>value</th><th>criterion</th><th>verdict</th></tr>");
        foreach (SummaryFigure f in SummaryFigures.Of(r))
        {
            h.Append($"<tr><td>{Encode(f.Label)}</td><td class=\"num\">{Format(f.Value)}</td><td>{Encode(f.Criterion)}</td><td>{(f.HasVerdict ? Verdict(f.Pass) : string.Empty)}</td></tr>");
        }

        h.Append("</table>");
    }

    internal static void Plot(StringBuilder h, IReadOnlyDictionary<string, string> plots, string key, string alt)
    {
        if (plots.TryGetValue(key, out string? file))
        {
            h.Append($"<p><img class=\"plot\" src=\"{Encode(file)}\" alt=\"{Encode(alt)}\"></p>");
        }
    }

    internal static string LevelRow(PhotonTransferLevel l) =>
        $"<tr><td class=\"num\">{Number(l.ExposureMs)}</td><td class=\"num\">{Number(l.MeanAdu, "F2")}</td><td class=\"num\">{Estimate(l.VarianceAdu2, l.VarianceStdErr)}</td>"
        + $"<td class=\"num\">{Estimate(l.GainEPerAdu, l.GainStdErr)}</td><td class=\"num\">{Number(l.DeviationPercent, "F2")}</td>"
        + $"<td>{(l.Saturated ? "saturated" : l.InFit ? "fitted" : "not fitted")}</td></tr>";
}
