using System.Text;
using CamTest.Core.Results;
using CamTest.Reporting.Plots;

namespace CamTest.Reporting.Emva;

/// <summary>Dark signal: the dark mean and the dark variance against exposure, with the lines whose slopes give the dark current.</summary>
internal static class EmvaDarkSection
{
    public static void Write(StringBuilder h, EmvaSection emva)
    {
        EmvaDarkRow[] darks = [.. emva.DarkPoints];
        if (darks.Length == 0)
        {
            return;
        }

        h.Append("<h2>Dark current</h2><div class=\"plots\">");
        Draw(h, darks, d => d.Mean.Value, emva.DarkMeanLine, "Dark signal", "μ_y.dark (DN)",
            $"Dark mean against exposure; its slope over K is the dark current {(emva.DarkCurrentFromMean is { } m ? QuantityText.Of(m) : "(not measured)")}.");
        Draw(h, darks, d => d.Variance.Value, emva.DarkVarianceLine, "Dark noise", "σ²_y.dark (DN²)",
            $"Dark temporal variance against exposure; its slope over K² is the dark current {(emva.DarkCurrentFromVariance is { } v ? QuantityText.Of(v) : "(not measured)")}.");
        h.Append("</div>");
    }

    private static void Draw(StringBuilder h, EmvaDarkRow[] darks, Func<EmvaDarkRow, double> y, EmvaLine? line, string title, string yLabel, string caption)
    {
        var chart = new SvgChart(title, "exposure (ms)", yLabel);
        chart.Points("dark pairs", darks.Select(d => (d.ExposureS * 1e3, y(d), (double?)null)));
        if (line is not null)
        {
            double top = darks.Max(d => d.ExposureS);
            EmvaChart.Segment(chart, "fit", 0, line.Intercept, top * 1e3, line.At(top));
        }

        EmvaChart.Figure(h, chart, title, caption);
    }
}
