using System.Text;
using CamTest.Core.Analysis;
using CamTest.Core.Results;
using CamTest.Reporting.Plots;
using static CamTest.Reporting.Html.Html;

namespace CamTest.Reporting.Html.Sections;

/// <summary>Hot pixels: how many, where on the sensor, and how their rates are distributed.</summary>
internal static class HotPixelView
{
    public static void Write(StringBuilder h, HotPixelsSection? p)
    {
        if (p is null)
        {
            return;
        }

        ReportFigure.Open(h, "hot-pixels", "Hot pixels");
        h.Append($"<p>{Figure(HotPixelFigures.Count, Quantity.Exact(p.Count, Unit.One))} pixels above {Figure(HotPixelFigures.Threshold, p.Threshold)} (for a pixel of typical read noise) in at least 80 % of {p.Frames} dark frames of {Number(p.ExposureMs)} {HotPixelFigures.Exposure.Unit.Symbol}; "
            + $"{p.PersistentCount} hot in every frame.</p>");
        if (p.DarkHistogram is { } all)
        {
            ReportFigure.Write(h, new SvgChart("Dark histogram", FigureAxis.Title(HotPixelFigures.DarkHistogram), FigureAxis.Counts("pixels", log: true), logY: true)
                .Bars("all pixels", all.Counts.Select((c, i) => (all.BinLower(i), all.BinLower(i + 1), (double)c)), "#1f4e79")
                .Line("hot-pixel threshold", [(p.Threshold.Value, 0.5), (p.Threshold.Value, all.Counts.Max())], "#c0392b", dashed: true)
                .Render(),
                "Every pixel's mean dark rate over the long darks, bias subtracted, counts on a log scale, with the hot-pixel threshold. A healthy camera has one narrow peak near its dark current and a thin tail above the threshold; a broad peak or a second hump means glow, a light leak or a warm sensor.");
        }

        if (p.Pixels.Count > 0)
        {
            ReportFigure.Write(h, new SvgChart("Hot-pixel map", FigureAxis.Title(HotPixelFigures.PixelX), FigureAxis.Title(HotPixelFigures.PixelY))
                .Points("hot pixels", p.Pixels.Select(px => ((double)px.X, (double)px.Y, (double?)null)), "#c0392b")
                .Render(),
                "Where the hot pixels sit on the sensor. A healthy sensor's few hot pixels are scattered at random; clusters, lines or a corner glow mean a defect or a light leak.");
            ReportFigure.Write(h, new SvgChart("Hot-pixel rates", FigureAxis.Title(HotPixelFigures.PixelRate), FigureAxis.Counts("hot pixels", log: true), logY: true)
                .Bars("hot pixels", Histogram(p.Pixels.Select(px => px.RateEPerS)), "#1f4e79")
                .Render(),
                "How fast the hot pixels fill, counts on a log scale. A healthy camera has a short tail just above the threshold; a long tail of fast pixels is what hot-pixel correction must handle.");
            h.Append($"<table><tr>{Column(HotPixelFigures.PixelX)}{Column(HotPixelFigures.PixelY)}{Column(HotPixelFigures.PixelRate)}{Column(HotPixelFigures.PixelFramesHot)}</tr>");
            foreach (HotPixelEntry px in p.Pixels.OrderByDescending(px => px.RateEPerS).Take(20))
            {
                h.Append($"<tr><td class=\"num\">{px.X}</td><td class=\"num\">{px.Y}</td><td class=\"num\">{Number(px.RateEPerS, "F1")}</td><td class=\"num\">{px.FramesHot}</td></tr>");
            }

            h.Append("</table>");
            if (p.Count > 20)
            {
                h.Append($"<p class=\"note\">The 20 brightest of {p.Count}; results.json lists them all.</p>");
            }
        }

        ReportFigure.Close(h);
    }

    /// <summary>Twenty equal bins over the values' range; empty bins are left out (a log axis cannot draw zero).</summary>
    internal static IEnumerable<(double From, double To, double Count)> Histogram(IEnumerable<double> values)
    {
        double[] v = [.. values.Where(double.IsFinite)];
        if (v.Length == 0)
        {
            yield break;
        }

        double lo = v.Min(), hi = v.Max();
        double width = hi > lo ? (hi - lo) / 20 : Math.Max(Math.Abs(lo) * 0.05, 1);
        int[] counts = new int[20];
        foreach (double x in v)
        {
            counts[Math.Clamp((int)((x - lo) / width), 0, 19)]++;
        }

        for (int i = 0; i < 20; i++)
        {
            if (counts[i] > 0)
            {
                yield return (lo + (i * width), lo + ((i + 1) * width), counts[i]);
            }
        }
    }
}
