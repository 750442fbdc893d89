using System.Text;
using CamTest.Core.Emva;
using CamTest.Core.Results;
using static CamTest.Reporting.Html.Html;

namespace CamTest.Reporting.Emva;

/// <summary>The data sheet's table: every figure the measurement gave, with its symbol, value ± standard error and meaning.</summary>
internal static class EmvaFigureTable
{
    public static void Write(StringBuilder h, EmvaSection emva)
    {
        h.Append("<h2>Figures</h2><table><tr><th>symbol</th><th>figure</th><th>value</th><th>meaning</th></tr>");
        foreach (EmvaFigure figure in EmvaFigures.All)
        {
            if (figure.Value(emva) is not Quantity q)
            {
                continue;
            }

            bool bound = figure.Declaration == EmvaFigures.TemporalDarkNoise && emva.TemporalDarkNoiseIsUpperBound;
            h.Append($"<tr><td class=\"sym\">{Encode(figure.Declaration.Symbol)}</td><td>{Encode(figure.Declaration.Name)}</td>"
                + $"<td class=\"num\">{(bound ? "≤ " : string.Empty)}{Format(q)}</td><td class=\"note\">{Encode(figure.Declaration.Meaning)}</td></tr>");
        }

        h.Append("</table>");
        if (emva.SystemGainFit is { } fit)
        {
            h.Append($"<p class=\"note\">K and R fitted through the origin over points {fit.First + 1}–{fit.Last + 1} "
                + $"({Number(fit.FromSignalAdu, "F1")}–{Number(fit.ToSignalAdu, "F1")} DN above dark, up to 70 % of the saturation signal). "
                + $"Saturation at point {(emva.Saturation?.Index ?? 0) + 1}: {Encode(emva.Saturation?.Rule)}.");
            if (emva.QuantisationLimited)
            {
                h.Append($" The dark noise is below the quantisation limit {Format(emva.DarkNoiseLimitAdu)}: σ_d is an upper bound and the threshold uses 0.24 DN².");
            }

            h.Append(" Photon counts are the stated calibration, taken as exact: the errors are the images' alone.</p>");
        }

        foreach (EmvaNotMeasured gap in emva.NotMeasured)
        {
            h.Append($"<p class=\"note\">Not measured: {Encode(string.Join(", ", gap.Figures))}: {Encode(gap.Reason)}.</p>");
        }
    }
}
