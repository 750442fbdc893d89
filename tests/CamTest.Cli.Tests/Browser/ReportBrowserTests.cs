using System.Globalization;
using System.Text.Json;
using System.Text.RegularExpressions;
using CamTest.Core.Results;
using CamTest.Reporting;
using CamTest.Reporting.Json;
using CamTest.Reporting.Plots;
using CamTest.TestSupport;

namespace CamTest.Cli.Tests.Browser;

/// <summary>
/// report.html of a full simulated EMCCD session (bias, flats, darks, long darks, EM gain): opened in Debian's
/// Chromium, printed with --pdf, and every figure on the page checked against results.json.
/// </summary>
public sealed partial class ReportBrowserTests : IClassFixture<ReportBrowserTests.FullSession>
{
    private readonly FullSession _session;

    public ReportBrowserTests(FullSession session) => _session = session;

    /// <summary>One simulated EMCCD session (128 x 128: enough pixels for a few hot ones), analysed once (with --pdf when Chromium is there) for every test here.</summary>
    public sealed class FullSession
    {
        public FullSession()
        {
            string folder = TestPaths.NewTempFolder("report-full");
            CliRun simulate = CliRun.Of("simulate", "--camera", "emccd-512", "--out", Path.Combine(folder, "session"), "--width", "128", "--height", "128", "--bias-frames", "20", "--seed", "5");
            Assert.True(simulate.ExitCode == 0, simulate.Stderr);
            Out = Path.Combine(folder, "out");
            bool pdf = ChromiumPdf.Find() is not null;
            Analyze = CliRun.Of(["analyze", Path.Combine(folder, "session", "session.json"), "--out", Out, .. pdf ? new[] { "--pdf" } : []]);
        }

        public CliRun Analyze { get; }

        public string Out { get; }

        public string Html => File.ReadAllText(Path.Combine(Out, "report.html"));
    }

    [Fact]
    public void A_full_session_report_is_one_file_with_at_least_ten_inline_plots_and_no_figure_that_does_not_apply()
    {
        Assert.True(_session.Analyze.ExitCode == 0, _session.Analyze.Stderr);
        string html = _session.Html;

        int plots = Regex.Count(html, "<svg class=\"chart\"");
        Assert.True(plots >= 10, $"{plots} plots in the report");
        Assert.Equal(plots, Regex.Count(html, "<figcaption>"));
        Assert.DoesNotContain("<img", html, StringComparison.Ordinal);
        Assert.DoesNotContain("src=", html, StringComparison.Ordinal);
        ReportText.AssertNoInapplicableFigure(html);
        Assert.Contains("id=\"certificate\"", html, StringComparison.Ordinal);
    }

    [Fact]
    public void The_bias_heat_map_its_profiles_the_dark_histogram_and_the_frame_intervals_are_drawn_from_results_json()
    {
        Assert.True(_session.Analyze.ExitCode == 0, _session.Analyze.Stderr);
        string html = _session.Html;
        string[] expected = ["Bias frame means", "Photon transfer curve", "Photon transfer curve, log-log", "Photon transfer residuals", "Single-point gain per level",
            "SNR against signal", "Dark signal against exposure", "Dark variance against exposure", "Dark histogram", "Hot-pixel map", "Hot-pixel rates",
            "Averaged bias", "Bias row profile", "Bias column profile", "EM gain by both methods", "Frame intervals"];
        Assert.All(expected, label => Assert.Contains($"<svg class=\"chart\" xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 640 300\" width=\"640\" height=\"300\" role=\"img\" aria-label=\"{label}\">", html, StringComparison.Ordinal));

        using JsonDocument results = JsonDocument.Parse(File.ReadAllText(Path.Combine(_session.Out, "results.json")));
        JsonElement root = results.RootElement;
        // One bar per non-empty bin of the histograms results.json carries (a log axis draws no empty bin).
        Assert.Equal(NonEmptyBins(root.GetProperty("hotPixels").GetProperty("darkHistogram")), Regex.Count(html, "class=\"mark bar\" data-series=\"all pixels\""));
        Assert.Equal(NonEmptyBins(root.GetProperty("timing").GetProperty("intervalHistogram")), Regex.Count(html, "class=\"mark bar\" data-series=\"intervals\""));

        // The heat map is a PNG of exactly the block grid results.json carries, and the profiles have one vertex per row and column.
        JsonElement pattern = root.GetProperty("bias").GetProperty("pattern");
        byte[] png = Convert.FromBase64String(HeatmapPng().Match(html).Groups["png"].Value);
        Assert.Equal(pattern.GetProperty("columns").GetInt32(), System.Buffers.Binary.BinaryPrimitives.ReadInt32BigEndian(png.AsSpan(16)));
        Assert.Equal(pattern.GetProperty("rows").GetInt32(), System.Buffers.Binary.BinaryPrimitives.ReadInt32BigEndian(png.AsSpan(20)));
        Assert.Equal(pattern.GetProperty("rowMeansAdu").GetArrayLength(), PolylineVertices(html, "row means"));
        Assert.Equal(pattern.GetProperty("columnMeansAdu").GetArrayLength(), PolylineVertices(html, "column means"));
    }

    [Fact]
    public void The_snr_curve_carries_the_dark_charge_at_the_session_exposure_and_the_emccd_excess_noise()
    {
        Assert.True(_session.Analyze.ExitCode == 0, _session.Analyze.Stderr);
        CameraResults r = ResultsJson.Deserialize(File.ReadAllText(Path.Combine(_session.Out, "results.json")));
        SnrModel model = SnrModel.Of(r)!;

        // The protocol's EMCCD equation written out here, from results.json: S / sqrt(F^2 S + F^2 Nd t + (Nr/E)^2), F^2 = 2,
        // t the longest flat exposure, Nd the measured dark current.
        double t = r.Gain!.Points.Max(p => p.ExposureMs) / 1000, nd = r.DarkCurrent!.Rate!.Value, nr = r.ReadNoise!.Rms!.Value, em = r.EmGain!.Factor.Value;
        Assert.Equal(t, model.ExposureS);
        Assert.True(model.HasDarkCurrent);
        foreach (double s in new[] { 0.1, 1, 10, 1000 })
        {
            double expected = s / Math.Sqrt((2 * s) + (2 * Math.Max(nd, 0) * t) + Math.Pow(nr / em, 2));
            Assert.Equal(expected, model.Snr(s), 12);
        }

        // The conventional read-out of the same sensor: S / sqrt(S + Nd t + Nr^2).
        Assert.Equal(10 / Math.Sqrt(10 + (Math.Max(nd, 0) * t) + (nr * nr)), model.Conventional!.Snr(10), 12);
        string html = _session.Html;
        Assert.Contains("Dark charge is included at the session's longest flat exposure", html, StringComparison.Ordinal);
        Assert.Contains("excess noise factor F = √2", html, StringComparison.Ordinal);
    }

    [Fact]
    public void Every_column_header_reads_its_name_and_unit_from_the_figure_declaration()
    {
        Assert.True(_session.Analyze.ExitCode == 0, _session.Analyze.Stderr);
        MatchCollection headers = Regex.Matches(_session.Html, "<th title=\"(?<meaning>[^\"]*)\">(?<text>[^<]*)</th>");
        Assert.True(headers.Count >= 10, $"{headers.Count} declared column headers");
        foreach (Match m in headers)
        {
            string meaning = System.Net.WebUtility.HtmlDecode(m.Groups["meaning"].Value);
            FigureDeclaration declared = Assert.Single(FigureCatalog.All, f => f.Meaning == meaning);
            Assert.Equal(FigureAxis.Title(declared), System.Net.WebUtility.HtmlDecode(m.Groups["text"].Value));
        }

        // Axis titles too: the photon transfer curve's axes are the declared flat signal and variance.
        Assert.Contains($"font-size=\"11\">{System.Net.WebUtility.HtmlEncode(FigureAxis.Title(GainFigures.PointSignal))}</text>", _session.Html, StringComparison.Ordinal);
        Assert.Contains($"font-size=\"11\" transform=\"rotate(-90 13 134.0)\">{System.Net.WebUtility.HtmlEncode(FigureAxis.Title(GainFigures.PointVariance))}</text>", _session.Html, StringComparison.Ordinal);
    }

    private static int NonEmptyBins(JsonElement histogram) => histogram.GetProperty("counts").EnumerateArray().Count(c => c.GetInt64() > 0);

    private static int PolylineVertices(string html, string series) =>
        Regex.Match(html, $"data-series=\"{series}\" points=\"(?<p>[^\"]*)\"").Groups["p"].Value.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length;

    [Fact]
    public void Every_figure_on_the_page_equals_results_json_to_the_digits_shown()
    {
        Assert.True(_session.Analyze.ExitCode == 0, _session.Analyze.Stderr);
        using JsonDocument results = JsonDocument.Parse(File.ReadAllText(Path.Combine(_session.Out, "results.json")));
        MatchCollection figures = FigureSpan().Matches(_session.Html);
        Assert.True(figures.Count >= 15, $"{figures.Count} tagged figures on the page");
        foreach (Match m in figures)
        {
            string key = m.Groups["key"].Value;
            string shown = System.Net.WebUtility.HtmlDecode(m.Groups["text"].Value);
            JsonElement e = results.RootElement;
            foreach (string part in key.Split('.'))
            {
                e = e.GetProperty(part);
            }

            double value = e.ValueKind == JsonValueKind.Number ? e.GetDouble() : e.GetProperty("value").GetDouble();
            string number = shown.TrimStart('<', ' ').Split(' ')[0];
            double parsed = double.Parse(number, NumberStyles.Float, CultureInfo.InvariantCulture);
            // The page rounds to the digits the error supports: the file's value must round to what is shown, i.e. lie
            // within half a unit of the last digit shown (mantissa digits for scientific notation).
            string mantissa = number.Split('e', 'E')[0];
            int decimals = mantissa.Contains('.', StringComparison.Ordinal) ? mantissa.Length - mantissa.IndexOf('.', StringComparison.Ordinal) - 1 : 0;
            double scale = number.Contains('e', StringComparison.OrdinalIgnoreCase) ? Math.Pow(10, int.Parse(number.Split('e', 'E')[1], CultureInfo.InvariantCulture)) : 1;
            double halfDigit = 0.5 * Math.Pow(10, -decimals) * scale;
            Assert.True(Math.Abs(parsed - value) <= halfDigit * (1 + 1e-9), $"{key}: page shows '{shown}', results.json has {value.ToString("R", CultureInfo.InvariantCulture)}");
        }
    }

    [ChromiumFact]
    public void The_report_loads_offline_without_errors_with_every_plot_drawn_and_its_pdf_states_the_gain()
    {
        Assert.True(_session.Analyze.ExitCode == 0, _session.Analyze.Stderr);
        BrowserPage page = BrowserPage.Open(Path.Combine(_session.Out, "report.html"));
        PdfText pdf = PdfText.Of(Path.Combine(_session.Out, "report.pdf"));

        page.AssertDrawnOffline(minPlots: 10);
        Assert.All(page.Svgs, svg => Assert.True(svg.Marks > 0, $"plot {svg.Label} has no data marks"));
        CameraResults results = ResultsJson.Deserialize(File.ReadAllText(Path.Combine(_session.Out, "results.json")));
        // Sections start on a new A4 page: a summary and at least a few test sections make several pages.
        Assert.True(pdf.Pages >= 3, $"{pdf.Pages} PDF pages");
        Assert.Contains(QuantityText.Of(results.Gain!.SystemGain), pdf.Text, StringComparison.Ordinal);
    }

    [GeneratedRegex("class=\"mark heatmap\"[^>]*href=\"data:image/png;base64,(?<png>[^\"]+)\"")]
    private static partial Regex HeatmapPng();

    [GeneratedRegex("<span class=\"figure\" data-key=\"(?<key>[^\"]+)\"[^>]*>(?<text>[^<]*)</span>")]
    private static partial Regex FigureSpan();
}
