using System.Text;
using CamTest.Core.Emva;
using ScottPlot;

namespace CamTest.Reporting.Emva;

/// <summary>Linearity: the response with the weighted line over 5-95 % of saturation, and each point's deviation from it.</summary>
internal static class EmvaLinearitySection
{
    public static void Write(StringBuilder h, EmvaSection emva)
    {
        if (emva.LinearityLine is not { } line || emva.LinearityAgainst is not { } against)
        {
            return;
        }

        bool photons = against == "photons";
        Func<EmvaPointRow, double> x = photons ? p => p.PhotonsPerPixel!.Value : p => p.ExposureS * 1e3;
        double scale = photons ? 1 : 1e-3;
        string xLabel = photons ? "μ_p (photons/pixel)" : "exposure (ms)";
        EmvaPointRow[] points = [.. emva.Points];
        h.Append("<h2>Linearity</h2><div class=\"plots\">");
        Plot response = SvgPlot.New("Linearity", xLabel, "μ_y − μ_y.dark (DN)");
        EmvaSensitivitySection.Points(response, points, x, p => p.Signal.Value, p => p.InLinearityFit);
        double top = points.Where(p => !p.BeyondSaturation).Max(x);
        response.Add.Line(0, line.Intercept, top, line.At(top * scale)).LegendText = "weighted fit, 5–95 % of saturation";
        SvgPlot.Figure(h, response, "Signal above dark against irradiation with the straight line fitted over 5–95 % of saturation, each point weighted by its relative deviation.");

        Plot deviation = SvgPlot.New("Deviation from linearity", xLabel, "linearity error LE (%)");
        EmvaPointRow[] withDeviation = [.. points.Where(p => p.LinearityDeviation is not null)];
        EmvaSensitivitySection.Points(deviation, withDeviation, x, p => p.LinearityDeviation!.Value, p => p.InLinearityFit);
        deviation.Add.HorizontalLine(0).LegendText = "line";
        // Points far below 5 % of saturation deviate by many percent (a small signal over the line's offset); the scale
        // follows the fitted points, as the standard's plot does, and the others may run off it.
        double[] fitted = [.. withDeviation.Where(p => p.InLinearityFit).Select(p => p.LinearityDeviation!.Value)];
        if (fitted.Length > 0)
        {
            double span = Math.Max(fitted.Max() - fitted.Min(), 0.1);
            deviation.Axes.SetLimitsY(fitted.Min() - span, fitted.Max() + span);
        }

        SvgPlot.Figure(h, deviation, $"Deviation of each point from the line, percent; LE = (LE_max − LE_min)/2 = {(emva.LinearityError is { } le ? QuantityText.Of(le) : "—")}.");
        h.Append("</div>");
    }
}
