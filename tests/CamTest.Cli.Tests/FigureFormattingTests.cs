using System.Text.Json;
using CamTest.Core.Analysis;
using CamTest.Core.Results;
using CamTest.Reporting;
using CamTest.Reporting.Html;
using CamTest.Reporting.Json;
using CamTest.Core.Session;

namespace CamTest.Cli.Tests;

public class FigureFormattingTests
{
    [Fact]
    public void Perfectly_regular_timestamps_print_a_bounded_error_in_console_and_html_and_keep_the_number_in_json()
    {
        // A camera clock in whole nanoseconds, one frame every 2 355 200 ns (256 rows at 9.2 us, as the scmos-large
        // simulation): every interval is the same, so the frame rate's stderr is double rounding, about 1e-13 frames/s.
        double?[] t = [.. Enumerable.Range(0, 100).Select(i => (double?)(i * 2_355_200L / 1e6))];
        TimingSection timing = ResultsMapper.Timing(new StackTiming(FrameTiming.Analyze(t, "hardware", "bias.ome.tif")!, IntervalIsReadout: true));
        Assert.InRange(timing.FrameRate.StdErr!.Value, 0, 1e-9);
        var results = new CameraResults { Timing = timing };

        var console = new StringWriter();
        ConsoleSummary.Write(console, results);
        string html = HtmlReport.Render(results, "test");

        // 424.592 frames/s: the bound is one unit of the sixth significant digit.
        Assert.Contains("424.592 ± < 0.001 frames/s", console.ToString(), StringComparison.Ordinal);
        Assert.Contains("424.592 &#177; &lt; 0.001 frames/s", html, StringComparison.Ordinal);
        Assert.DoesNotContain("E-", console.ToString(), StringComparison.Ordinal);
        Assert.DoesNotContain("E-", html, StringComparison.Ordinal);

        using JsonDocument json = JsonDocument.Parse(ResultsJson.Serialize(results));
        JsonElement stderr = json.RootElement.GetProperty("timing").GetProperty("frameRate").GetProperty("stderr");
        Assert.Equal(JsonValueKind.Number, stderr.ValueKind);
        Assert.Equal(timing.FrameRate.StdErr!.Value, stderr.GetDouble());
    }

    [Theory]
    [InlineData(0.0090812, 2.7e-5, "e-/pixel/s", "0.009081 ± 0.000027 e-/pixel/s")]
    [InlineData(161970.4, 383.2, "e-", "161970 ± 383 e-")]
    [InlineData(1.1813, 0.0036, "e-/ADU", "1.1813 ± 0.0036 e-/ADU")]
    [InlineData(100.0612, 0.003, "ADU", "100.0612 ± 0.0030 ADU")]
    public void Errors_print_to_two_significant_digits_in_fixed_point(double value, double stderr, string unit, string expected)
    {
        // These are what G5 ± G2 printed as "0.0090812 ± 2.7E-05" and "1.6197E+05 ± 3.8E+02": the error's two
        // significant digits set the decimals of both.
        Assert.Equal(expected, QuantityText.Of(new Quantity(value, Unit.Parse(unit), stderr)));
    }

    [Theory]
    [InlineData(161972.3, "161970 e-")]
    [InlineData(0.000969664, "0.00096966 e-")]
    [InlineData(42, "42 e-")]
    public void An_exact_value_prints_plainly_in_five_significant_digits_without_E_notation(double value, string expected)
    {
        // Error 0: a count, a limit, a criterion, a stated value.
        Assert.Equal(expected, QuantityText.Of(Quantity.Exact(value, Unit.Electron)));
    }

    [Theory]
    [InlineData(161972.3, "161970 ± ? e-")]
    [InlineData(0.000969664, "0.00096966 ± ? e-")]
    [InlineData(42, "42 ± ? e-")]
    public void A_value_whose_error_is_unknown_is_marked_so_never_printed_as_if_exact(double value, string expected)
    {
        // Issue 9: an unknown error stays unknown and is shown as such; the mark sits where a known error would.
        Assert.Equal(expected, QuantityText.Of(Quantity.WithUnknownError(value, Unit.Electron)));
        Assert.Equal(expected, QuantityText.Of(new Quantity(value, Unit.Electron, double.PositiveInfinity)));
        Assert.Equal(expected[..^3], QuantityText.Number(Quantity.WithUnknownError(value, Unit.Electron)));
    }

    [Fact]
    public void Exact_unknown_and_known_errors_print_three_different_ways()
    {
        Assert.Equal("1.5 e-", QuantityText.Of(Quantity.Exact(1.5, Unit.Electron)));
        Assert.Equal("1.5 ± ? e-", QuantityText.Of(Quantity.WithUnknownError(1.5, Unit.Electron)));
        Assert.Equal("1.500 ± 0.020 e-", QuantityText.Of(new Quantity(1.5, Unit.Electron, 0.02)));
        // A bound is a limit, not a measurement: written as the exact number it is, whatever error it carried.
        Assert.Equal("< 0.3 e-", QuantityText.UpperBound(Quantity.WithUnknownError(0.3, Unit.Electron)));
        // No number at all stays as it is, without a mark.
        Assert.Equal("NaN e-", QuantityText.Of(Quantity.WithUnknownError(double.NaN, Unit.Electron)));
    }

    [Fact]
    public void A_dark_current_whose_error_is_unknown_is_shown_as_unknown_in_the_console_and_in_html()
    {
        // The noise method with a single exposure subtracts the read variance; with a bias given as calibration maps
        // (no frame count, so no error) that variance, and the rate from it, has an unknown error. The mean method's
        // rate keeps its error.
        var dark = new DarkCurrentSection(
            new Quantity(0.5488, Unit.ElectronsPerPixelPerSecond, 0.0014), Quantity.WithUnknownError(0.5545, Unit.ElectronsPerPixelPerSecond),
            [new DarkCurrentPoint(1, new Quantity(101.234, Unit.Adu, 0.0056), Quantity.WithUnknownError(9.87, Unit.Adu2))],
            new Quantity(0.466, Unit.AduPerPixelPerSecond, 0.0012), Quantity.WithUnknownError(0.395, Unit.Adu2PerPixelPerSecond));
        var results = new CameraResults { DarkCurrent = dark };

        var console = new StringWriter();
        ConsoleSummary.Write(console, results);
        Assert.Contains("0.5488 ± 0.0014", console.ToString(), StringComparison.Ordinal);
        Assert.Contains("0.5545 ± ?", console.ToString(), StringComparison.Ordinal);

        string html = HtmlReport.Render(results, "test");
        // The summary table and the section's sentence: the figure, marked, with a tooltip that says what the mark means.
        Assert.Contains("<span class=\"figure\" data-key=\"darkCurrent.rateFromNoise\" title=\"standard error unknown\">0.5545 &#177; ? e-/pixel/s</span>", html, StringComparison.Ordinal);
        Assert.Contains("<span class=\"figure\" data-key=\"darkCurrent.rate\">0.5488 &#177; 0.0014 e-/pixel/s</span>", html, StringComparison.Ordinal);
        // The points table: a cell whose error is unknown carries the same tooltip; one with a known error does not.
        Assert.Contains(">101.2340 &#177; 0.0056<", html, StringComparison.Ordinal);
        Assert.Contains("<span title=\"standard error unknown\">9.87 &#177; ?</span>", html, StringComparison.Ordinal);
    }

    [Fact]
    public void A_profile_calibrated_from_results_without_a_bias_error_prints_its_electrons_as_unknown()
    {
        // A results.json whose bias came from calibration maps (no frame count) writes bias.level without a stderr.
        string folder = CamTest.TestSupport.TestPaths.NewTempFolder("profile-unknown");
        string results = Path.Combine(folder, "results.json");
        File.WriteAllText(results, """{"bias": {"level": {"value": 100, "unit": "ADU"}}, "gain": {"systemGain": {"value": 2, "unit": "e-/ADU", "stderr": 0.01}}}""");
        CliRun run = CliRun.Of("profile", CamTest.TestSupport.TestPaths.Fixture("profile", "spot.raw"), "--raw", "64x48:uint16:le", "--line", "10,20,50,20", "--results", results);
        Assert.Equal(0, run.ExitCode);
        // (1731 - 100) x 2 = 3262 e-; the gain's error alone would understate it, so none is claimed.
        Assert.Contains("= 3262 ± ? e-  ((peak - bias 100 ± ? ADU) x gain 2.000 ± 0.010 e-/ADU)", run.Stdout, StringComparison.Ordinal);
    }

    [Fact]
    public void A_quantisation_limited_read_noise_prints_as_the_exact_bound_it_is_never_with_the_unknown_mark()
    {
        // The analysis gives the bound no error (it is the ADC's resolution, not a measurement): the console and the
        // report write it "< x", as a limit, not as a figure of unknown error.
        SummaryFigure bound = new(ReadNoiseFigures.Rms, Quantity.WithUnknownError(0.30, Unit.Electron), UpperBound: true);
        Assert.Equal("< 0.3 e-", bound.Text);
        string html = HtmlReport.Render(new CameraResults { ReadNoise = new ReadNoiseSection(Quantity.WithUnknownError(0.3, Unit.Electron), Quantity.WithUnknownError(0.25, Unit.Adu), new Quantity(0.2, Unit.Adu, 0.01), null, null, 10, QuantisationLimited: true) }, "test");
        Assert.DoesNotContain("&#177; ?", html, StringComparison.Ordinal);
    }

    [Fact]
    public void The_html_tables_show_the_standard_errors_results_json_holds()
    {
        // Numbers chosen so each formatted cell is known: the error's two significant digits set the decimals.
        var level = new GainPoint(10, 600, 500, new Quantity(250.5, Unit.Adu2, 3.14), new Quantity(2.001, Unit.ElectronsPerAdu, 0.0123), false, true, 0.2);
        var gain = new GainSection(
            new Quantity(2, Unit.ElectronsPerAdu, 0.01), new Quantity(0.5, Unit.AduPerElectron, 0.0025), new Quantity(4, Unit.Adu2, 1), null,
            [level], new LinearitySection(new Quantity(0.2, Unit.Percent, 0.05), 0.3, 1, true));
        var dark = new DarkCurrentSection(
            null, null, [new DarkCurrentPoint(1, new Quantity(101.234, Unit.Adu, 0.0056), new Quantity(9.87, Unit.Adu2, 0.44))], new Quantity(1.2, Unit.AduPerPixelPerSecond, 0.1), null);
        string html = HtmlReport.Render(new CameraResults { Gain = gain, DarkCurrent = dark }, "test");

        Assert.Contains(">250.5 &#177; 3.1<", html, StringComparison.Ordinal);       // PTC variance ± varianceStdErr
        Assert.Contains(">2.001 &#177; 0.012<", html, StringComparison.Ordinal);     // single-point gain ± gainStdErr
        Assert.Contains(">101.2340 &#177; 0.0056<", html, StringComparison.Ordinal); // dark mean ± meanStdErr
        Assert.Contains(">9.87 &#177; 0.44<", html, StringComparison.Ordinal);       // dark variance ± varianceStdErr
    }

    [Fact]
    public void The_hot_pixel_threshold_is_shown_as_the_quantity_it_is_in_its_own_unit()
    {
        // Without flats the threshold stays in ADU/s: the summary must not call it e-/s.
        var hot = new HotPixelsSection(3, 2, new Quantity(12.345, Unit.Adu / Unit.Second, 0.21), 10, 5000, []);
        SummaryFigure figure = Assert.Single(SummaryFigures.Of(new CameraResults { HotPixels = hot }));
        Assert.Equal("Hot pixels (above 12.35 ± 0.21 ADU/s)", figure.Label);
        Assert.Equal("3", QuantityText.Of(figure.Value!));
    }

    [Fact]
    public void Calculator_text_writes_value_and_error_as_every_figure_is_written()
    {
        CliRun run = CliRun.Of("calc", "electrons", "--signal", "1791", "--bias", "100", "--gain", "1.18", "--bias-stderr", "0.1", "--gain-stderr", "0.01");
        Assert.Equal(0, run.ExitCode);
        // (1791 - 100) x 1.18 = 1995.38 e-, stderr sqrt((1.18 x 0.1)^2 + (1691 x 0.01)^2) = 16.9: two digits of the error set the decimals.
        Assert.StartsWith("electrons = 1995 ± 17 e-" + Environment.NewLine, run.Stdout, StringComparison.Ordinal);
        Assert.DoesNotContain("+/-", run.Stdout, StringComparison.Ordinal);
    }
}
