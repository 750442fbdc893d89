using System.Text.Json;
using CamTest.Core.Analysis;
using CamTest.Core.Results;
using CamTest.Reporting;
using CamTest.Reporting.Html;
using CamTest.Reporting.Json;

namespace CamTest.Cli.Tests;

public class FigureFormattingTests
{
    [Fact]
    public void Perfectly_regular_timestamps_print_a_bounded_error_in_console_and_html_and_keep_the_number_in_json()
    {
        // A camera clock in whole nanoseconds, one frame every 2 355 200 ns (256 rows at 9.2 us, as the scmos-large
        // simulation): every interval is the same, so the frame rate's stderr is double rounding, about 1e-13 frames/s.
        double?[] t = [.. Enumerable.Range(0, 100).Select(i => (double?)(i * 2_355_200L / 1e6))];
        TimingSection timing = FrameTiming.Analyze(t, "hardware", "bias.ome.tif")!;
        Assert.InRange(timing.FrameRate.StdErr!.Value, 0, 1e-9);
        var results = new CameraResults { Timing = timing };

        var console = new StringWriter();
        ConsoleSummary.Write(console, results);
        string html = HtmlReport.Render(results, new Dictionary<string, string>(), "test");

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
        Assert.Equal(expected, QuantityText.Of(new Quantity(value, unit, stderr)));
    }

    [Theory]
    [InlineData(161972.3, "161970 e-")]
    [InlineData(0.000969664, "0.00096966 e-")]
    [InlineData(42, "42 e-")]
    public void A_value_without_an_error_prints_five_significant_digits_without_E_notation(double value, string expected)
    {
        Assert.Equal(expected, QuantityText.Of(new Quantity(value, "e-", null)));
    }
}
