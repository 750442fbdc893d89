using System.Globalization;
using System.Text;
using static CamTest.Reporting.Html.Html;

namespace CamTest.Reporting.Plots;

/// <summary>
/// The report's one plot builder: an x-y chart drawn as inline SVG (no file beside the page, no outside reference),
/// linear or log10 axes with labelled ticks, series of points with error bars, lines, a shaded band and histogram
/// bars, and a legend. Every element that shows data carries class <c>mark</c> (and its series name in data-series),
/// so a test - or a browser test - can tell a drawn plot from empty axes. Text is drawn by the browser in the page's font.
/// </summary>
/// <param name="svgClass">The svg's class: "chart" for the report's plots; a page that styles its plots apart names its own.</param>
public sealed class SvgChart(string label, string xTitle, string yTitle, bool logX = false, bool logY = false, string svgClass = "chart")
{
    private const double Width = 640, Height = 300, Left = 70, Top = 12, Bottom = 44;

    /// <summary>The margin right of the plot: room for a heat map's colour bar when there is one.</summary>
    private double Right => _heatmap is null ? 16 : 110;

    private readonly List<Layer> _layers = [];

    private static readonly string[] Palette = ["#1f4e79", "#c0392b", "#27864a", "#8e44ad", "#d68910", "#555555"];

    /// <summary>The next colour of the palette, for a caller that does not care which.</summary>
    public string NextColour => Palette[_layers.Count % Palette.Length];

    /// <summary>Points, each with an optional standard error drawn as a vertical bar.</summary>
    public SvgChart Points(string name, IEnumerable<(double X, double Y, double? Err)> points, string? colour = null, bool hollow = false)
    {
        _layers.Add(new Layer(LayerKind.Points, name, colour ?? NextColour, [.. points.Where(p => Drawable(p.X, p.Y))], hollow));
        return this;
    }

    /// <summary>A polyline through the points (a fit, a model curve).</summary>
    public SvgChart Line(string name, IEnumerable<(double X, double Y)> points, string? colour = null, bool dashed = false)
    {
        _layers.Add(new Layer(LayerKind.Line, name, colour ?? NextColour, [.. points.Where(p => Drawable(p.X, p.Y)).Select(p => (p.X, p.Y, (double?)null))], dashed));
        return this;
    }

    /// <summary>A horizontal band from <paramref name="low"/> to <paramref name="high"/> across the plot (a tolerance).</summary>
    public SvgChart Band(string name, double low, double high, string colour = "#27864a")
    {
        _layers.Add(new Layer(LayerKind.Band, name, colour, [(double.NaN, low, null), (double.NaN, high, null)], false));
        return this;
    }

    /// <summary>Histogram bars: each bin from X to X + Width, of height Count.</summary>
    public SvgChart Bars(string name, IEnumerable<(double From, double To, double Count)> bins, string? colour = null)
    {
        _layers.Add(new Layer(LayerKind.Bars, name, colour ?? NextColour, [.. bins.Where(b => Drawable(b.From, b.Count) && Drawable(b.To, b.Count)).Select(b => (b.From, b.Count, (double?)b.To))], false));
        return this;
    }

    /// <summary>
    /// An image of <paramref name="columns"/> x <paramref name="rows"/> values (row-major, row 0 first) over the data
    /// rectangle (0, 0)-(<paramref name="width"/>, <paramref name="height"/>), row 0 at the bottom as on the other
    /// maps, coloured from <see cref="HeatmapImage"/>'s scale between <paramref name="low"/> and <paramref name="high"/>
    /// (values beyond take the end colours); the legend shows the scale.
    /// </summary>
    public SvgChart Heatmap(string name, IReadOnlyList<double> values, int columns, int rows, double width, double height, double low, double high, string unit)
    {
        _heatmap = new HeatmapLayer(name, HeatmapImage.DataUri(values, columns, rows, low, high), width, height, low, high, unit);
        _layers.Add(new Layer(LayerKind.Image, string.Empty, "#000", [(0, 0, null), (width, height, null)], false));
        return this;
    }

    private HeatmapLayer? _heatmap;

    private IReadOnlyList<(double Value, string Text)>? _xTicks;

    /// <summary>Labelled x ticks chosen by the caller (dates along a history), instead of the axis's own numbers;
    /// ticks outside the axis are left out.</summary>
    public SvgChart XTicks(IEnumerable<(double Value, string Text)> ticks)
    {
        _xTicks = [.. ticks];
        return this;
    }

    public string Render()
    {
        List<(double X, double Y)> all = [];
        foreach (Layer layer in _layers)
        {
            foreach ((double x, double y, double? e) in layer.Points)
            {
                bool bar = layer.Kind == LayerKind.Bars;
                if (layer.Kind != LayerKind.Band)
                {
                    all.Add((x, y));
                }

                if (bar)
                {
                    all.Add((e!.Value, logY ? y : 0));
                }
                else if (layer.Kind == LayerKind.Band)
                {
                    all.Add((double.NaN, y));
                }
                else if (e is double err && err > 0 && double.IsFinite(err))
                {
                    all.Add((x, y - err));
                    all.Add((x, y + err));
                }
            }
        }

        Axis xAxis = Axis.Of(all.Select(p => p.X), logX, Left, Width - Right);
        Axis yAxis = Axis.Of(all.Select(p => p.Y), logY, Height - Bottom, Top);
        var svg = new StringBuilder();
        svg.Append(I($"<svg class=\"{Encode(svgClass)}\" xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 {Width} {Height}\" width=\"{Width}\" height=\"{Height}\" role=\"img\" aria-label=\"{Encode(label)}\">"));
        svg.Append(I($"<rect class=\"frame\" x=\"{Left}\" y=\"{Top}\" width=\"{Width - Left - Right}\" height=\"{Height - Top - Bottom}\" fill=\"none\" stroke=\"#bbb\"/>"));
        foreach ((double value, string text) in yAxis.Ticks())
        {
            double py = yAxis.Pixel(value);
            svg.Append(I($"<line class=\"grid\" x1=\"{Left}\" y1=\"{py:F1}\" x2=\"{Width - Right}\" y2=\"{py:F1}\" stroke=\"#eee\"/><text class=\"tick\" x=\"{Left - 5}\" y=\"{py + 4:F1}\" text-anchor=\"end\" font-size=\"10\">{Encode(text)}</text>"));
        }

        foreach ((double value, string text) in _xTicks?.Where(t => xAxis.Contains(t.Value)) ?? xAxis.Ticks())
        {
            double px = xAxis.Pixel(value);
            svg.Append(I($"<line class=\"grid\" x1=\"{px:F1}\" y1=\"{Top}\" x2=\"{px:F1}\" y2=\"{Height - Bottom}\" stroke=\"#f3f3f3\"/><text class=\"tick\" x=\"{px:F1}\" y=\"{Height - Bottom + 14}\" text-anchor=\"middle\" font-size=\"10\">{Encode(text)}</text>"));
        }

        svg.Append(I($"<text class=\"axis-label\" x=\"{(Left + Width - Right) / 2:F1}\" y=\"{Height - 8}\" text-anchor=\"middle\" font-size=\"11\">{Encode(xTitle)}</text>"));
        double mid = (Top + Height - Bottom) / 2;
        svg.Append(I($"<text class=\"axis-label\" x=\"13\" y=\"{mid:F1}\" text-anchor=\"middle\" font-size=\"11\" transform=\"rotate(-90 13 {mid:F1})\">{Encode(yTitle)}</text>"));
        foreach (Layer layer in _layers)
        {
            Draw(svg, layer, xAxis, yAxis, _heatmap);
        }

        Legend(svg);
        return svg.Append("</svg>").ToString();
    }

    private void Draw(StringBuilder svg, Layer layer, Axis x, Axis y, HeatmapLayer? heatmap)
    {
        string series = Encode(layer.Name);
        switch (layer.Kind)
        {
            case LayerKind.Band:
                double top = y.Pixel(layer.Points[1].Y), bottom = y.Pixel(layer.Points[0].Y);
                svg.Append(I($"<rect class=\"mark band\" data-series=\"{series}\" x=\"{Left}\" y=\"{Math.Min(top, bottom):F1}\" width=\"{Width - Left - Right}\" height=\"{Math.Abs(bottom - top):F1}\" fill=\"{layer.Colour}\" fill-opacity=\"0.12\"/>"));
                break;
            case LayerKind.Line when layer.Points.Count >= 2:
                string points = string.Join(' ', layer.Points.Select(p => I($"{x.Pixel(p.X):F1},{y.Pixel(p.Y):F1}")));
                svg.Append(I($"<polyline class=\"mark line\" data-series=\"{series}\" points=\"{points}\" fill=\"none\" stroke=\"{layer.Colour}\" stroke-width=\"1.5\"{(layer.Variant ? " stroke-dasharray=\"6 4\"" : string.Empty)}/>"));
                break;
            case LayerKind.Points:
                foreach ((double px, double py, double? err) in layer.Points)
                {
                    double cx = x.Pixel(px), cy = y.Pixel(py);
                    if (err is double e && e > 0 && double.IsFinite(e))
                    {
                        double lo = y.Pixel(y.Log ? Math.Max(py - e, py * 1e-3) : py - e), hi = y.Pixel(py + e);
                        svg.Append(I($"<line class=\"mark error-bar\" data-series=\"{series}\" x1=\"{cx:F1}\" y1=\"{lo:F1}\" x2=\"{cx:F1}\" y2=\"{hi:F1}\" stroke=\"{layer.Colour}\"/>"));
                    }

                    string fill = layer.Variant ? "#fff" : layer.Colour;
                    svg.Append(I($"<circle class=\"mark point\" data-series=\"{series}\" data-x=\"{px:R}\" data-y=\"{py:R}\" cx=\"{cx:F1}\" cy=\"{cy:F1}\" r=\"3\" fill=\"{fill}\" stroke=\"{layer.Colour}\"/>"));
                }

                break;
            case LayerKind.Image when heatmap is { } image:
                double left = x.Pixel(0), right = x.Pixel(image.Width), upper = y.Pixel(image.Height), lower = y.Pixel(0);
                svg.Append(I($"<image class=\"mark heatmap\" data-series=\"{Encode(image.Name)}\" x=\"{left:F1}\" y=\"{upper:F1}\" width=\"{right - left:F1}\" height=\"{lower - upper:F1}\" preserveAspectRatio=\"none\" style=\"image-rendering:pixelated\" href=\"{image.DataUri}\"/>"));
                break;
            case LayerKind.Bars:
                double baseline = y.Pixel(y.Log ? y.Min : 0);
                foreach ((double from, double count, double? to) in layer.Points)
                {
                    double x0 = x.Pixel(from), x1 = x.Pixel(to!.Value), py = y.Pixel(count);
                    svg.Append(I($"<rect class=\"mark bar\" data-series=\"{series}\" x=\"{x0:F1}\" y=\"{py:F1}\" width=\"{Math.Max(x1 - x0 - 1, 1):F1}\" height=\"{Math.Max(baseline - py, 0):F1}\" fill=\"{layer.Colour}\"/>"));
                }

                break;
        }
    }

    private void Legend(StringBuilder svg)
    {
        double y = Top + 12;
        if (_heatmap is { } map)
        {
            // The colour bar in the right margin: the scale's colours from low (bottom) to high (top), ends labelled.
            const int Steps = 32;
            double x0 = Width - Right + 14, step = (Height - Bottom - Top) / Steps;
            for (int i = 0; i < Steps; i++)
            {
                svg.Append(I($"<rect x=\"{x0:F1}\" y=\"{Height - Bottom - ((i + 1) * step):F1}\" width=\"14\" height=\"{step + 0.5:F1}\" fill=\"{HeatmapImage.ColourHex((i + 0.5) / Steps)}\"/>"));
            }

            svg.Append(I($"<text x=\"{x0 + 18}\" y=\"{Top + 8}\" font-size=\"10\">{Encode(map.High.ToString("G6", CultureInfo.InvariantCulture))}</text>"));
            svg.Append(I($"<text x=\"{x0 + 18}\" y=\"{Height - Bottom:F1}\" font-size=\"10\">{Encode(map.Low.ToString("G6", CultureInfo.InvariantCulture))}</text>"));
            double mid = (Top + Height - Bottom) / 2;
            svg.Append(I($"<text x=\"{x0 + 40}\" y=\"{mid:F1}\" font-size=\"10\" text-anchor=\"middle\" transform=\"rotate(90 {x0 + 40} {mid:F1})\">{Encode($"{map.Name} ({map.Unit})")}</text>"));
        }

        Layer[] named = [.. _layers.Where(l => l.Name.Length > 0)];
        if (named.Length > 0)
        {
            // A light backing so the legend stays readable where it lies over data.
            svg.Append(I($"<rect class=\"legend\" x=\"{Width - Right - 194}\" y=\"{y - 11:F1}\" width=\"190\" height=\"{(13 * named.Length) + 4}\" fill=\"#fff\" fill-opacity=\"0.8\"/>"));
        }

        foreach (Layer layer in named)
        {
            svg.Append(I($"<rect x=\"{Width - Right - 190}\" y=\"{y - 8:F1}\" width=\"10\" height=\"10\" fill=\"{layer.Colour}\"/><text x=\"{Width - Right - 176}\" y=\"{y + 1:F1}\" font-size=\"10\">{Encode(layer.Name)}</text>"));
            y += 13;
        }
    }

    private bool Drawable(double x, double y) =>
        double.IsFinite(x) && double.IsFinite(y) && (!logX || x > 0) && (!logY || y > 0);

    private static string I(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);

    private enum LayerKind { Points, Line, Band, Bars, Image }

    private sealed record HeatmapLayer(string Name, string DataUri, double Width, double Height, double Low, double High, string Unit);

    /// <param name="Variant">Hollow points, or a dashed line.</param>
    private sealed record Layer(LayerKind Kind, string Name, string Colour, IReadOnlyList<(double X, double Y, double? Err)> Points, bool Variant);

    /// <summary>One axis: linear through <see cref="AxisScale"/>'s nice ticks, or log10 with a tick at each power of ten.</summary>
    private sealed class Axis
    {
        private readonly AxisScale _scale;

        private Axis(AxisScale scale, bool log)
        {
            _scale = scale;
            Log = log;
        }

        public bool Log { get; }

        public double Min => Log ? Math.Pow(10, _scale.Min) : _scale.Min;

        public static Axis Of(IEnumerable<double> values, bool log, double pixelFrom, double pixelTo)
        {
            double[] v = [.. values.Where(d => double.IsFinite(d) && (!log || d > 0)).Select(d => log ? Math.Log10(d) : d)];
            (double lo, double hi) = v.Length == 0 ? (0, 1) : (v.Min(), v.Max());
            if (log)
            {
                (lo, hi) = (Math.Floor(lo), Math.Max(Math.Ceiling(hi), Math.Floor(lo) + 1));
            }

            return new Axis(new AxisScale(lo, hi, pixelFrom, pixelTo), log);
        }

        public double Pixel(double value) => _scale.Pixel(Log ? Math.Log10(value) : value);

        public bool Contains(double value)
        {
            double v = Log ? Math.Log10(value) : value;
            return v >= _scale.Min - 1e-9 && v <= _scale.Max + 1e-9;
        }

        public IEnumerable<(double Value, string Text)> Ticks() => Log
            ? Enumerable.Range((int)Math.Round(_scale.Min), (int)Math.Round(_scale.Max - _scale.Min) + 1)
                .Select(k => (Math.Pow(10, k), Math.Pow(10, k).ToString("G4", CultureInfo.InvariantCulture)))
            : _scale.Ticks().Select(t => (t, _scale.Label(t)));
    }
}
