using System.Text;
using CamTest.Core.Results;
using CamTest.Reporting.Plots;

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
        Draw(h, s.HorizontalDsnu, "Horizontal spectrogram, DSNU", emva.DsnuDn, s.DarkTemporalDn);
        Draw(h, s.VerticalDsnu, "Vertical spectrogram, DSNU", emva.DsnuDn, s.DarkTemporalDn);
        Draw(h, s.HorizontalPrnu, "Horizontal spectrogram, PRNU", emva.Prnu, s.BrightTemporalPercent);
        Draw(h, s.VerticalPrnu, "Vertical spectrogram, PRNU", emva.Prnu, s.BrightTemporalPercent);
        h.Append("</div>");
    }

    /// <summary>The y axis is in the spectrogram's own unit (DN for DSNU, % of the mean signal for PRNU), as results.json states it.</summary>
    private static void Draw(StringBuilder h, EmvaSpectrogram? spectrogram, string title, Quantity? total, double? temporal)
    {
        if (spectrogram is null)
        {
            return;
        }

        var chart = new SvgChart(title, "frequency (cycles/pixel)", $"standard deviation ({spectrogram.Unit.Symbol})", logY: true);
        chart.Line("spectrogram", spectrogram.Frequency.Zip(spectrogram.Values));
        double first = spectrogram.Frequency.DefaultIfEmpty(0).Min(), last = spectrogram.Frequency.DefaultIfEmpty(0.5).Max();
        if (total is { Value: > 0 })
        {
            EmvaChart.Segment(chart, $"total {QuantityText.Of(total)}", first, total.Value, last, total.Value, dashed: true);
        }

        if (temporal is > 0)
        {
            EmvaChart.Segment(chart, "temporal noise left in the average", first, temporal.Value, last, temporal.Value, dashed: true);
        }

        EmvaChart.Figure(h, chart, title, $"Power spectrum of the averaged image's {(title.StartsWith("Horizontal", StringComparison.Ordinal) ? "rows" : "columns")}, as a standard deviation per frequency.");
    }
}
