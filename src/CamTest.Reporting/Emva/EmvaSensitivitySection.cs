using System.Text;
using CamTest.Core.Emva;
using CamTest.Core.Results;
using CamTest.Reporting.Plots;

namespace CamTest.Reporting.Emva;

/// <summary>
/// Sensitivity, photon transfer and SNR, the first plots of the standard's data sheet: the response against photons
/// with R's line, the variance against the signal with K's line, and the SNR on log axes with the model curve, the
/// ideal sqrt(mu_p), and the threshold and saturation marked.
/// </summary>
internal static class EmvaSensitivitySection
{
    public static void Write(StringBuilder h, EmvaSection emva)
    {
        h.Append("<h2>Sensitivity, photon transfer and signal-to-noise ratio</h2><div class=\"plots\">");
        EmvaPointRow[] points = [.. emva.Points];
        if (points.All(p => p.PhotonsPerPixel is not null) && emva.Responsivity is { } r)
        {
            var sensitivity = new SvgChart("Sensitivity", "μ_p (photons/pixel)", "μ_y − μ_y.dark (DN)");
            EmvaChart.Points(sensitivity, points, p => p.PhotonsPerPixel!.Value, p => p.Signal.Value);
            double top = points.Where(p => p.InGainFit).Max(p => p.PhotonsPerPixel!.Value);
            EmvaChart.Segment(sensitivity, $"R = {QuantityText.Of(r)}", 0, 0, top, r.Value * top);
            EmvaChart.Figure(h, sensitivity, "Sensitivity", "Mean grey value above dark against photons per pixel; the line is R, fitted through the origin over the K fit range.");
        }

        if (emva.SystemGain is { } k)
        {
            var ptc = new SvgChart("Photon transfer", "μ_y − μ_y.dark (DN)", "σ²_y − σ²_y.dark (DN²)");
            EmvaChart.Points(ptc, points, p => p.Signal.Value, p => p.SignalVariance.Value);
            double top = points.Where(p => p.InGainFit).Max(p => p.Signal.Value);
            EmvaChart.Segment(ptc, $"K = {QuantityText.Of(k)}", 0, 0, top, k.Value * top);
            EmvaChart.Figure(h, ptc, "Photon transfer", "Temporal variance against signal, both with the dark taken off; K is the slope through the origin up to 70 % of saturation.");
            Snr(h, emva, points, k);
        }

        h.Append("</div>");
    }

    private static void Snr(StringBuilder h, EmvaSection emva, EmvaPointRow[] points, Quantity k)
    {
        bool photons = emva.QuantumEfficiency is not null && points.All(p => p.PhotonsPerPixel is not null);
        double eta = photons ? emva.QuantumEfficiency!.Value / 100 : 1;
        double darkE2 = emva.DarkNoiseAdu is { } s ? Math.Max(s.Value * s.Value, emva.QuantisationLimited ? 0.24 : 0) / (k.Value * k.Value) : 0;
        Func<EmvaPointRow, double> x = photons ? p => p.PhotonsPerPixel!.Value : p => p.Signal.Value / k.Value;
        var chart = new SvgChart("Signal-to-noise ratio", photons ? "μ_p (photons/pixel)" : "μ_e (electrons)", "SNR", logX: true, logY: true);
        chart.Points("measured", points.Where(p => !p.BeyondSaturation && p.Snr is not null).Select(p => (x(p), p.Snr!.Value, (double?)null)));
        double low = Math.Max(points.Select(x).Where(v => v > 0).DefaultIfEmpty(1).Min() / 3, 0.1);
        double high = points.Select(x).DefaultIfEmpty(10).Max() * 1.5;
        double[] grid = [.. Enumerable.Range(0, 101).Select(i => low * Math.Pow(high / low, i / 100.0))];
        (double X, double Y)[] model = [.. grid.Select(v => (v, EmvaSignalToNoise.Model(v, eta, darkE2)))];
        chart.Line("EMVA model", model);
        chart.Line(photons ? "ideal √μ_p" : "shot noise only", grid.Select(v => (v, Math.Sqrt(v))), dashed: true);
        // The threshold and saturation as vertical marks spanning the curves drawn.
        double[] drawn = [.. model.Select(p => p.Y).Concat(grid.Select(Math.Sqrt)).Where(v => v > 0 && double.IsFinite(v))];
        (double bottom, double top) = drawn.Length > 0 ? (drawn.Min(), drawn.Max()) : (1, 10);
        Quantity? threshold = photons ? emva.SensitivityThresholdPhotons : emva.SensitivityThreshold;
        Quantity? saturation = photons ? emva.SaturationCapacityPhotons : emva.SaturationCapacity;
        if (threshold is { Value: > 0 })
        {
            EmvaChart.Segment(chart, "threshold (SNR = 1)", threshold.Value, bottom, threshold.Value, top, dashed: true);
        }

        if (saturation is { Value: > 0 })
        {
            EmvaChart.Segment(chart, "saturation", saturation.Value, bottom, saturation.Value, top, dashed: true);
        }

        EmvaChart.Figure(h, chart, "Signal-to-noise ratio", "Measured SNR = (μ_y − μ_y.dark)/σ_y with the EMVA linear model ημ_p/√(σ²_y.dark/K² + ημ_p).");
    }
}
