using System.Globalization;
using System.Text;
using CamTest.Core.Results;
using CamTest.Reporting.Plots;

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
        var response = new SvgChart("Linearity", xLabel, "μ_y − μ_y.dark (DN)");
        EmvaChart.Points(response, points, x, p => p.Signal.Value, p => p.InLinearityFit);
        double top = points.Where(p => !p.BeyondSaturation).Max(x);
        EmvaChart.Segment(response, "weighted fit, 5–95 % of saturation", 0, line.Intercept, top, line.At(top * scale));
        EmvaChart.Figure(h, response, "Linearity", "Signal above dark against irradiation with the straight line fitted over 5–95 % of saturation, each point weighted by its relative deviation.");

        var deviation = new SvgChart("Deviation from linearity", xLabel, "linearity error LE (%)");
        EmvaPointRow[] withDeviation = [.. points.Where(p => p.LinearityDeviation is not null)];
        // Points far below 5 % of saturation deviate by many percent (a small signal over the line's offset); the scale
        // follows the fitted points, as the standard's plot does, and the points off that scale are counted, not drawn.
        double[] fitted = [.. withDeviation.Where(p => p.InLinearityFit).Select(p => p.LinearityDeviation!.Value)];
        EmvaPointRow[] shown = withDeviation;
        if (fitted.Length > 0)
        {
            double span = Math.Max(fitted.Max() - fitted.Min(), 0.1), low = fitted.Min() - span, high = fitted.Max() + span;
            shown = [.. withDeviation.Where(p => p.LinearityDeviation!.Value >= low && p.LinearityDeviation.Value <= high)];
        }

        EmvaChart.Points(deviation, shown, x, p => p.LinearityDeviation!.Value, p => p.InLinearityFit);
        if (shown.Length > 0)
        {
            EmvaChart.Segment(deviation, "line", shown.Min(x), 0, shown.Max(x), 0, dashed: true);
        }

        int off = withDeviation.Length - shown.Length;
        string offScale = off > 0 ? string.Create(CultureInfo.InvariantCulture, $" {off} point(s) far below 5 % of saturation lie off this scale.") : string.Empty;
        EmvaChart.Figure(h, deviation, "Deviation from linearity", $"Deviation of each point from the line, percent; LE = (LE_max − LE_min)/2 = {(emva.LinearityError is { } le ? QuantityText.Of(le) : "—")}.{offScale}");
        h.Append("</div>");
    }
}
