using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using CamTest.Reporting.Plots;
using ScottPlot;
using ScottPlot.TickGenerators;

namespace CamTest.Reporting.Emva;

/// <summary>
/// A ScottPlot plot drawn as inline SVG for a self-contained page: the bundled font registered first (ScottPlot
/// measures text with it), log axes as the standard draws them (values plotted as log10, ticks labelled 10^k), and
/// each SVG's element ids made unique so that several plots on one page do not borrow each other's clip paths.
/// </summary>
internal static partial class SvgPlot
{
    public const int Width = 600, Height = 400;

    private static int _counter;

    public static Plot New(string title, string x, string y)
    {
        PlotFonts.EnsureRegistered();
        var plot = new Plot();
        plot.Font.Set(PlotFonts.Family);
        plot.Title(title);
        plot.XLabel(x);
        plot.YLabel(y);
        plot.ShowLegend(Alignment.UpperLeft);
        return plot;
    }

    /// <summary>Draws one small throw-away plot, so that ScottPlot's renderer is compiled before the data sheet needs it.</summary>
    public static void WarmUp()
    {
        Plot plot = New("warm-up", "x", "y");
        plot.Add.Scatter(new double[] { 0, 1 }, new double[] { 0, 1 });
        _ = plot.GetSvgXml(Width, Height);
    }

    /// <summary>The left axis shows 10^k at integer k, with log-spaced minor ticks; plot log10 of the values.</summary>
    public static void LogY(Plot plot) => plot.Axes.Left.TickGenerator = LogTicks();

    public static void LogX(Plot plot) => plot.Axes.Bottom.TickGenerator = LogTicks();

    /// <summary>log10 of the positive values, with their x (or other) partners; non-positive values cannot be drawn on a log axis.</summary>
    public static (double[] X, double[] Y) PositiveLog(IEnumerable<(double X, double Y)> points, bool logX, bool logY)
    {
        (double X, double Y)[] kept = [.. points.Where(p => (!logX || p.X > 0) && (!logY || p.Y > 0) && double.IsFinite(p.X) && double.IsFinite(p.Y))];
        return ([.. kept.Select(p => logX ? Math.Log10(p.X) : p.X)], [.. kept.Select(p => logY ? Math.Log10(p.Y) : p.Y)]);
    }

    /// <summary>The plot as a figure element with its caption.</summary>
    public static void Figure(StringBuilder h, Plot plot, string caption)
    {
        h.Append("<figure class=\"plot\">").Append(Svg(plot)).Append("<figcaption>").Append(Html.Html.Encode(caption)).Append("</figcaption></figure>");
    }

    public static string Svg(Plot plot)
    {
        string svg = plot.GetSvgXml(Width, Height);
        int start = svg.IndexOf("<svg", StringComparison.Ordinal);
        svg = start > 0 ? svg[start..] : svg;
        string prefix = $"p{Interlocked.Increment(ref _counter).ToString(CultureInfo.InvariantCulture)}_";
        svg = IdAttribute().Replace(svg, m => $"id=\"{prefix}{m.Groups[1].Value}\"");
        svg = UrlReference().Replace(svg, m => $"url(#{prefix}{m.Groups[1].Value})");
        return HrefReference().Replace(svg, m => $"href=\"#{prefix}{m.Groups[1].Value}\"");
    }

    private static NumericAutomatic LogTicks() => new()
    {
        MinorTickGenerator = new LogMinorTickGenerator(),
        IntegerTicksOnly = true,
        LabelFormatter = v => Math.Pow(10, v).ToString("G4", CultureInfo.InvariantCulture),
    };

    [GeneratedRegex("id=\"([^\"]+)\"")]
    private static partial Regex IdAttribute();

    [GeneratedRegex(@"url\(#([^)]+)\)")]
    private static partial Regex UrlReference();

    [GeneratedRegex("href=\"#([^\"]+)\"")]
    private static partial Regex HrefReference();
}
