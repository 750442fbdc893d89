using System.Text;
using CamTest.Core.Emva;
using CamTest.Core.Results;
using ScottPlot;

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
            Plot sensitivity = SvgPlot.New("Sensitivity", "μ_p (photons/pixel)", "μ_y − μ_y.dark (DN)");
            Points(sensitivity, points, p => p.PhotonsPerPixel!.Value, p => p.Signal.Value);
            double top = points.Where(p => p.InGainFit).Max(p => p.PhotonsPerPixel!.Value);
            sensitivity.Add.Line(0, 0, top, r.Value * top).LegendText = $"R = {QuantityText.Of(r)}";
            SvgPlot.Figure(h, sensitivity, "Mean grey value above dark against photons per pixel; the line is R, fitted through the origin over the K fit range.");
        }

        if (emva.SystemGain is { } k)
        {
            Plot ptc = SvgPlot.New("Photon transfer", "μ_y − μ_y.dark (DN)", "σ²_y − σ²_y.dark (DN²)");
            Points(ptc, points, p => p.Signal.Value, p => p.SignalVariance.Value);
            double top = points.Where(p => p.InGainFit).Max(p => p.Signal.Value);
            ptc.Add.Line(0, 0, top, k.Value * top).LegendText = $"K = {QuantityText.Of(k)}";
            SvgPlot.Figure(h, ptc, "Temporal variance against signal, both with the dark taken off; K is the slope through the origin up to 70 % of saturation.");
            Snr(h, emva, points, k);
        }

        h.Append("</div>");
    }

    /// <summary>Fitted points, the others below saturation, and those beyond it, each its own series.</summary>
    internal static void Points(Plot plot, EmvaPointRow[] points, Func<EmvaPointRow, double> x, Func<EmvaPointRow, double> y, Func<EmvaPointRow, bool>? fitted = null)
    {
        fitted ??= p => p.InGainFit;
        foreach ((string label, Func<EmvaPointRow, bool> which) in new (string, Func<EmvaPointRow, bool>)[]
        {
            ("in fit", fitted), ("not fitted", p => !fitted(p) && !p.BeyondSaturation), ("beyond saturation", p => p.BeyondSaturation),
        })
        {
            EmvaPointRow[] chosen = [.. points.Where(which)];
            if (chosen.Length > 0)
            {
                plot.Add.ScatterPoints(chosen.Select(x).ToArray(), chosen.Select(y).ToArray()).LegendText = label;
            }
        }
    }

    private static void Snr(StringBuilder h, EmvaSection emva, EmvaPointRow[] points, Quantity k)
    {
        bool photons = emva.QuantumEfficiency is not null && points.All(p => p.PhotonsPerPixel is not null);
        double eta = photons ? emva.QuantumEfficiency!.Value / 100 : 1;
        double darkE2 = emva.DarkNoiseAdu is { } s ? Math.Max(s.Value * s.Value, emva.QuantisationLimited ? 0.24 : 0) / (k.Value * k.Value) : 0;
        Func<EmvaPointRow, double> x = photons ? p => p.PhotonsPerPixel!.Value : p => p.Signal.Value / k.Value;
        Plot plot = SvgPlot.New("Signal-to-noise ratio", photons ? "μ_p (photons/pixel)" : "μ_e (electrons)", "SNR");
        SvgPlot.LogX(plot);
        SvgPlot.LogY(plot);
        (double[] mx, double[] my) = SvgPlot.PositiveLog(points.Where(p => !p.BeyondSaturation && p.Snr is not null).Select(p => (x(p), p.Snr!.Value)), true, true);
        plot.Add.ScatterPoints(mx, my).LegendText = "measured";
        double low = Math.Max(points.Select(x).Where(v => v > 0).DefaultIfEmpty(1).Min() / 3, 0.1);
        double high = points.Select(x).DefaultIfEmpty(10).Max() * 1.5;
        double[] grid = [.. Enumerable.Range(0, 101).Select(i => low * Math.Pow(high / low, i / 100.0))];
        (double[] gx, double[] gy) = SvgPlot.PositiveLog(grid.Select(v => (v, EmvaSignalToNoise.Model(v, eta, darkE2))), true, true);
        plot.Add.ScatterLine(gx, gy).LegendText = "EMVA model";
        (double[] ix, double[] iy) = SvgPlot.PositiveLog(grid.Select(v => (v, Math.Sqrt(v))), true, true);
        plot.Add.ScatterLine(ix, iy).LegendText = photons ? "ideal √μ_p" : "shot noise only";
        Quantity? threshold = photons ? emva.SensitivityThresholdPhotons : emva.SensitivityThreshold;
        Quantity? saturation = photons ? emva.SaturationCapacityPhotons : emva.SaturationCapacity;
        if (threshold is { Value: > 0 })
        {
            plot.Add.VerticalLine(Math.Log10(threshold.Value)).LegendText = "threshold (SNR = 1)";
        }

        if (saturation is { Value: > 0 })
        {
            plot.Add.VerticalLine(Math.Log10(saturation.Value)).LegendText = "saturation";
        }

        SvgPlot.Figure(h, plot, "Measured SNR = (μ_y − μ_y.dark)/σ_y with the EMVA linear model ημ_p/√(σ²_y.dark/K² + ημ_p).");
    }
}
