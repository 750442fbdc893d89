using System.Globalization;
using System.Text;
using CamTest.Core.Results;
using CamTest.Reporting.Plots;

namespace CamTest.Reporting.Emva;

/// <summary>
/// Defect pixels: the logarithmic histograms of DSNU and PRNU with the normal distribution of the same spread (defects
/// are what stands above it), and the accumulated histograms, the share of pixels deviating by at least each amount.
/// </summary>
internal static class EmvaHistogramSection
{
    public static void Write(StringBuilder h, EmvaSection emva)
    {
        if (emva.Histograms is not { } histograms || (histograms.Dsnu is null && histograms.Prnu is null))
        {
            return;
        }

        h.Append("<h2>Defect pixels</h2><div class=\"plots\">");
        Logarithmic(h, histograms.Dsnu, "Logarithmic histogram, DSNU", "deviation from the mean dark value (DN)");
        Logarithmic(h, histograms.Prnu, "Logarithmic histogram, PRNU (highpassed)", "deviation from the mean signal (%)");
        Accumulated(h, histograms.Dsnu, "Accumulated histogram, DSNU", "minimal deviation from the mean (DN)");
        Accumulated(h, histograms.Prnu, "Accumulated histogram, PRNU (highpassed)", "minimal deviation from the mean (%)");
        h.Append("</div>");
    }

    private static void Logarithmic(StringBuilder h, EmvaHistogram? histogram, string title, string xLabel)
    {
        if (histogram is null)
        {
            return;
        }

        var chart = new SvgChart(title, xLabel, "number of pixels", logY: true);
        double half = histogram.BinWidth / 2;
        chart.Points("pixels", histogram.BinLower.Select((b, i) => (b + half, (double)histogram.Counts[i], (double?)null)));
        chart.Line("normal, same σ", histogram.BinLower.Select((b, i) => (b + half, histogram.NormalModel[i])).Where(p => p.Item2 >= 0.1));
        EmvaChart.Figure(h, chart, title, string.Create(CultureInfo.InvariantCulture, $"Pixels per bin of {histogram.BinWidth:G3} {histogram.Unit}; pixels far above the normal curve are defects."));
    }

    private static void Accumulated(StringBuilder h, EmvaHistogram? histogram, string title, string xLabel)
    {
        if (histogram is null)
        {
            return;
        }

        var chart = new SvgChart(title, xLabel, "pixels (%)", logY: true);
        chart.Line("share of pixels at or beyond", histogram.AccumulatedFrom.Zip(histogram.AccumulatedPercent));
        EmvaChart.Figure(h, chart, title, "The percentage of pixels whose absolute deviation is at least the value on the axis.");
    }
}
