using System.Text;
using static CamTest.Reporting.Html.Html;

namespace CamTest.Reporting.Html;

/// <summary>A plot in the report: the inline SVG and a caption that says what it shows and what a healthy camera looks like.</summary>
internal static class ReportFigure
{
    public static void Write(StringBuilder h, string svg, string caption) =>
        h.Append("<figure class=\"plot\">").Append(svg).Append("<figcaption>").Append(Encode(caption)).Append("</figcaption></figure>");

    /// <summary>The start of one protocol test's section (its own page in print).</summary>
    public static void Open(StringBuilder h, string id, string title) =>
        h.Append($"<section class=\"test\" id=\"{Encode(id)}\"><h2>{Encode(title)}</h2>");

    public static void Close(StringBuilder h) => h.Append("</section>");
}
