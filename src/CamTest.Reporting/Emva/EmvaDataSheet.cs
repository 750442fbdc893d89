using System.Text;
using CamTest.Core.Results;
using CamTest.Reporting.Html;
using static CamTest.Reporting.Html.Html;

namespace CamTest.Reporting.Emva;

/// <summary>
/// The EMVA 1288 data sheet as one self-contained HTML page (plots inline as SVG, no external files): the camera and
/// measurement, the figures table, then the plots in the order the standard lays them out, each section its own
/// component, and what was not measured and why.
/// </summary>
public static class EmvaDataSheet
{
    public static string Render(CameraResults results, string generatedBy)
    {
        EmvaSection emva = results.Emva ?? throw new ArgumentException("the results hold no EMVA 1288 section", nameof(results));
        var h = new StringBuilder();
        string title = $"EMVA 1288 data sheet: {results.Camera?.Name ?? Path.GetFileName(emva.Source)}";
        h.Append($"<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>{Encode(title)}</title><style>{ReportStyle.Css}{EmvaSheetStyle.Css}</style></head><body>");
        h.Append($"<h1>{Encode(title)}</h1>");
        h.Append($"<p class=\"note\">{Encode(emva.Standard)} · {Encode(emva.Source)} · {emva.Width} × {emva.Height} pixels, {emva.Bits}-bit · {Encode(generatedBy)}</p>");
        foreach (string w in results.Warnings)
        {
            h.Append($"<p class=\"warn\">{Encode(w)}</p>");
        }

        // The sections draw independent plots: they render side by side and are joined in the standard's order.
        Action<StringBuilder, EmvaSection>[] sections =
        [
            EmvaFigureTable.Write, EmvaSensitivitySection.Write, EmvaLinearitySection.Write, EmvaDarkSection.Write,
            EmvaSpectrogramSection.Write, EmvaHistogramSection.Write, EmvaMethodSection.Write,
        ];
        foreach (string part in sections.AsParallel().AsOrdered().Select(write => Part(write, emva)))
        {
            h.Append(part);
        }

        h.Append("</body></html>");
        return h.ToString();
    }

    private static string Part(Action<StringBuilder, EmvaSection> write, EmvaSection emva)
    {
        var part = new StringBuilder();
        write(part, emva);
        return part.ToString();
    }
}
