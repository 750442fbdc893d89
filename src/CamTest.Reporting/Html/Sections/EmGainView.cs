using System.Text;
using CamTest.Core.Results;
using CamTest.Reporting.Plots;
using static CamTest.Reporting.Html.Html;

namespace CamTest.Reporting.Html.Sections;

/// <summary>EM gain: the protocol's signal ratio and the noise method side by side, against the set point.</summary>
internal static class EmGainView
{
    public static void Write(StringBuilder h, EmGainSection? e)
    {
        if (e is null)
        {
            return;
        }

        ReportFigure.Open(h, "em-gain", "EM gain");
        h.Append($"<p>Measured multiplication {Figure(EmGainFigures.Factor, e.Factor)}" + (e.SetPoint is double sp ? $" at a set point of {Number(sp)}" : string.Empty) + ". ");
        if (e.FactorFromNoise is { } noise)
        {
            h.Append($"From the amplified frames' noise (excess noise factor F² = 2 − 1/G): {Figure(EmGainFigures.FactorFromNoise, noise)}. ");
        }

        if (e.AdvisedMin is double lo && e.AdvisedMax is double hi)
        {
            h.Append($"Advised EM gain {Number(lo, "F0")}–{Number(hi, "F0")} (4–5 × the rms read noise, never above 300).");
        }

        h.Append("</p>");
        var chart = new SvgChart("EM gain by both methods", "method (1: signal ratio, 2: noise)", FigureAxis.Title(EmGainFigures.Factor))
            .Points(EmGainFigures.Factor.Name, [(1, e.Factor.Value, e.Factor.StdErr)]);
        if (e.FactorFromNoise is { } n)
        {
            chart.Points(EmGainFigures.FactorFromNoise.Name, [(2, n.Value, n.StdErr)], "#27864a");
        }

        if (e.SetPoint is double set)
        {
            chart.Line(EmGainFigures.SetPoint.Name, [(0.5, set), (2.5, set)], "#c0392b", dashed: true);
        }

        ReportFigure.Write(h, chart.Render(), "The EM gain measured from the signal ratio and from the noise, each with its error, against the set point. In a healthy EMCCD both agree with each other and with the set point; a measured gain well below it means the register has aged.");
        ReportFigure.Close(h);
    }
}
