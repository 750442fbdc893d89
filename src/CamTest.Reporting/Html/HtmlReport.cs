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
        Row(h, "Bias level", r.Bias?.Level, null, null);
        Row(h, "Bias stability (largest deviation)", r.Bias?.Stability?.MaxDeviation, "≤ 1 e-", r.Bias?.Stability?.Pass, r.Bias?.Stability is not null);
        Row(h, "System gain", r.Gain?.SystemGain, null, null);
        if (r.Gain is { } g)
        {
            Row(h, "Gain linearity (largest deviation)", new Quantity(g.Linearity.MaxDeviationPercent, "%", null), "≤ 1 %", g.Linearity.Pass);
        }

        Row(h, "Read noise (rms)", r.ReadNoise?.Rms ?? r.ReadNoise?.RmsAdu, null, null);
        Row(h, "Read noise (median pixel)", r.ReadNoise?.Median, null, null);
        Row(h, "Dark current", r.DarkCurrent?.Rate, null, null);
        if (r.HotPixels is { } hp)
        {
            Row(h, "Hot pixels", new Quantity(hp.Count, $"above {Number(hp.Threshold.Value, "G3")} e-/s", null), null, null);
        }

        Row(h, "Linear full well", r.Saturation?.LinearFullWell, null, null);
        Row(h, "DSNU", r.FixedPattern?.Dsnu, null, null);
        Row(h, "EM gain", r.EmGain?.Factor, null, null);
        Row(h, "Frame rate", r.Timing?.FrameRate, null, null);
        h.Append("</table>");
    }

    private static void Row(StringBuilder h, string label, Quantity? q, string? criterion, bool? pass, bool show = true)
    {
        if (q is null && !show)
        {
            return;
        }

        if (q is null && criterion is null)
        {
            return;
        }

        h.Append($"<tr><td>{Encode(label)}</td><td class=\"num\">{Format(q)}</td><td>{Encode(criterion)}</td><td>{(criterion is null ? string.Empty : Verdict(pass))}</td></tr>");
    }

    internal static void Plot(StringBuilder h, IReadOnlyDictionary<string, string> plots, string key, string alt)
    {
        if (plots.TryGetValue(key, out string? file))
        {
            h.Append($"<p><img class=\"plot\" src=\"{Encode(file)}\" alt=\"{Encode(alt)}\"></p>");
        }
    }

    internal static string LevelRow(PhotonTransferLevel l) =>
        $"<tr><td class=\"num\">{Number(l.ExposureMs)}</td><td class=\"num\">{Number(l.MeanAdu, "F2")}</td><td class=\"num\">{Number(l.VarianceAdu2, "F2")}</td>"
        + $"<td class=\"num\">{Number(l.GainEPerAdu, "F4")} ± {Number(l.GainStdErr, "F4")}</td><td class=\"num\">{Number(l.DeviationPercent, "F2")}</td>"
        + $"<td>{(l.Saturated ? "saturated" : l.InFit ? "fitted" : "not fitted")}</td></tr>";
}
