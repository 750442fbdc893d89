using System.Text;
using CamTest.Core.Emva;
using CamTest.Core.Results;
using ScottPlot;

namespace CamTest.Reporting.Emva;

/// <summary>
/// The four spectrograms (horizontal and vertical, DSNU and PRNU) on a log axis, each with the total non-uniformity and
/// the temporal noise the averaged frames still hold, the level white temporal noise alone would show.
/// </summary>
internal static class EmvaSpectrogramSection
{
    public static void Write(StringBuilder h, EmvaSection emva)
    {
        if (emva.Spectrograms is not { } s)
        {
            return;
        }

        h.Append("<h2>Spectrograms</h2><div class=\"plots\">");
        Draw(h, s.HorizontalDsnu, "Horizontal spectrogram, DSNU", "DN", emva.DsnuDn, s.DarkTemporalDn);
        Draw(h, s.VerticalDsnu, "Vertical spectrogram, DSNU", "DN", emva.DsnuDn, s.DarkTemporalDn);
        Draw(h, s.HorizontalPrnu, "Horizontal spectrogram, PRNU", "%", emva.Prnu, s.BrightTemporalPercent);
        Draw(h, s.VerticalPrnu, "Vertical spectrogram, PRNU", "%", emva.Prnu, s.BrightTemporalPercent);
        h.Append("</div>");
    }

    private static void Draw(StringBuilder h, EmvaSpectrogram? spectrogram, string title, string unit, Quantity? total, double? temporal)
    {
        if (spectrogram is null)
        {
            return;
        }

        Plot plot = SvgPlot.New(title, "frequency (cycles/pixel)", $"standard deviation ({unit})");
        SvgPlot.LogY(plot);
        (double[] x, double[] y) = SvgPlot.PositiveLog(spectrogram.Frequency.Zip(spectrogram.Values), false, true);
        plot.Add.ScatterLine(x, y).LegendText = "spectrogram";
        if (total is { Value: > 0 })
        {
            plot.Add.HorizontalLine(Math.Log10(total.Value)).LegendText = $"total {QuantityText.Of(total)}";
        }

        if (temporal is > 0)
        {
            plot.Add.HorizontalLine(Math.Log10(temporal.Value)).LegendText = "temporal noise left in the average";
        }

        plot.ShowLegend(Alignment.UpperRight);
        SvgPlot.Figure(h, plot, $"{title}: power spectrum of the averaged image's {(title.StartsWith("Horizontal", StringComparison.Ordinal) ? "rows" : "columns")}, as a standard deviation per frequency.");
    }
}
