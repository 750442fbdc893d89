using System.Text.Json;

namespace CamTest.Cli.Tests;

public class CalcCommandTests
{
    [Fact]
    public void Calc_electrons_json_gives_value_and_unit()
    {
        CliRun run = CliRun.Of("calc", "electrons", "--signal", "1791", "--bias", "100", "--gain", "1.18", "--json");
        Assert.Equal(0, run.ExitCode);
        using var doc = JsonDocument.Parse(run.Stdout);
        // (1791 - 100) x 1.18 = 1995.38, the protocol's worked example.
        Assert.Equal(1995.38, doc.RootElement.GetProperty("value").GetDouble(), 1e-9);
        Assert.Equal("e-", doc.RootElement.GetProperty("unit").GetString());
        Assert.Equal(JsonValueKind.Null, doc.RootElement.GetProperty("diagnostics").ValueKind); // nothing raised, as "notes" says none
    }

    [Fact]
    public void Calc_prints_an_answer_from_measured_inputs_without_errors_as_unknown_and_a_design_answer_plainly()
    {
        // The one rule of every output (QuantityText): the electrons from a bias and gain typed without their errors
        // have an unknown error, shown "± ?"; with the errors they are propagated; a pixel area is exact.
        Assert.Contains("electrons = 1995.4 ± ? e-", CliRun.Of("calc", "electrons", "--signal", "1791", "--bias", "100", "--gain", "1.18").Stdout, StringComparison.Ordinal);
        Assert.DoesNotContain("± ?", CliRun.Of("calc", "electrons", "--signal", "1791", "--bias", "100", "--gain", "1.18", "--bias-stderr", "0.5", "--gain-stderr", "0.01").Stdout, StringComparison.Ordinal);
        string pixel = CliRun.Of("calc", "pixel", "--size-um", "11", "--reference-um", "6.5").Stdout;
        Assert.DoesNotContain("±", pixel, StringComparison.Ordinal);
        using var doc = JsonDocument.Parse(CliRun.Of("calc", "pixel", "--size-um", "11", "--reference-um", "6.5", "--json").Stdout);
        Assert.Equal(0, doc.RootElement.GetProperty("stderr").GetDouble());
    }

    [Fact]
    public void Calc_electrons_below_the_bias_raises_its_code_and_keeps_the_note_text()
    {
        JsonElement root = SessionChecks.Results(CliRun.Of("calc", "electrons", "--signal", "90", "--bias", "100", "--gain", "1.18", "--json"));

        JsonElement below = SessionChecks.AssertDiagnostic(root, "calc.signal-below-bias", null);
        Assert.Equal([below.GetProperty("message").GetString()], root.GetProperty("notes").EnumerateArray().Select(n => n.GetString()));
        Assert.Contains($"  note: {below.GetProperty("message").GetString()}", CliRun.Of("calc", "electrons", "--signal", "90", "--bias", "100", "--gain", "1.18").Stdout, StringComparison.Ordinal);
    }

    [Fact]
    public void Calc_json_lists_warnings_as_analyze_does_and_leaves_information_to_diagnostics()
    {
        // A signal below the bias is a warning: warnings[] carries its text, the same as its diagnostics[] row.
        JsonElement below = SessionChecks.Results(CliRun.Of("calc", "electrons", "--signal", "90", "--bias", "100", "--gain", "1.18", "--json"));
        string message = SessionChecks.AssertDiagnostic(below, "calc.signal-below-bias", null).GetProperty("message").GetString()!;
        Assert.Equal([message], below.GetProperty("warnings").EnumerateArray().Select(w => w.GetString()));

        // Nothing raised: an empty list, always present (as in results.json).
        JsonElement clean = SessionChecks.Results(CliRun.Of("calc", "electrons", "--signal", "1791", "--bias", "100", "--gain", "1.18", "--json"));
        Assert.Equal(0, clean.GetProperty("warnings").GetArrayLength());

        // 5 x 100 e- read noise is capped at 300: information (diagnostics[] has it), not a warning.
        JsonElement capped = SessionChecks.Results(CliRun.Of("calc", "em-gain", "--read-noise", "100", "--json"));
        SessionChecks.AssertDiagnostic(capped, "calc.em-gain-capped", null);
        Assert.Equal(0, capped.GetProperty("warnings").GetArrayLength());
    }

    [Fact]
    public void Calc_gain_with_pixel_count_reports_a_standard_error()
    {
        CliRun run = CliRun.Of(
            "calc", "gain", "--bias", "488.9", "--mean1", "11070.8", "--mean2", "11118.2", "--diff-std", "83.6", "--pixels", "1000001", "--json");
        Assert.Equal(0, run.ExitCode);
        using var doc = JsonDocument.Parse(run.Stdout);
        JsonElement root = doc.RootElement;
        Assert.Equal(3.034958, root.GetProperty("value").GetDouble(), 1e-6);
        // sqrt(2 / 1e6) relative: 3.034958 x 0.0014142 = 0.0042921
        Assert.Equal(0.0042921, root.GetProperty("stderr").GetDouble(), 1e-6);
    }

    [Fact]
    public void Calc_snr_with_em_gain_uses_the_emccd_formula()
    {
        CliRun run = CliRun.Of(
            "calc", "snr", "--signal", "100", "--dark-current", "1", "--exposure-s", "1", "--read-noise", "50", "--em-gain", "100", "--json");
        Assert.Equal(0, run.ExitCode);
        using var doc = JsonDocument.Parse(run.Stdout);
        // 100 / sqrt(2 x 100 + 2 x 1 + 0.25), worked by hand.
        Assert.Equal(7.0316255393463, doc.RootElement.GetProperty("value").GetDouble(), 1e-9);
        Assert.Contains("(Nr/E)^2", doc.RootElement.GetProperty("formula").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public void Calc_nyquist_table_prints_the_protocol_s_table_1()
    {
        CliRun run = CliRun.Of("calc", "nyquist", "--table", "--json");
        Assert.Equal(0, run.ExitCode);
        using var doc = JsonDocument.Parse(run.Stdout);
        double[] sizes = doc.RootElement.GetProperty("rows").EnumerateArray()
            .Select(r => Math.Round(r.GetProperty("requiredPixel").GetProperty("value").GetDouble(), 1)).ToArray();
        Assert.Equal([4.8, 6.7, 11.1, 16.6], sizes);
    }

    [Fact]
    public void Calc_nyquist_table_human_output_names_each_pixel_size()
    {
        CliRun run = CliRun.Of("calc", "nyquist", "--table");
        Assert.Equal(0, run.ExitCode);
        foreach (string size in new[] { "4.8 um", "6.7 um", "11.1 um", "16.6 um" })
        {
            Assert.Contains(size, run.Stdout, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void Calc_pixel_human_output_shows_the_area_ratio()
    {
        CliRun run = CliRun.Of("calc", "pixel", "--size-um", "11", "--reference-um", "6.5");
        Assert.Equal(0, run.ExitCode);
        Assert.StartsWith("pixel = 2.8639" + Environment.NewLine, run.Stdout, StringComparison.Ordinal); // dimensionless: no unit printed
    }

    [Fact]
    public void Calc_readout_and_em_gain_and_dark_current_run()
    {
        Assert.Equal(0, CliRun.Of("calc", "readout", "--fps", "100").ExitCode);
        Assert.Equal(0, CliRun.Of("calc", "em-gain", "--read-noise", "50").ExitCode);
        CliRun dark = CliRun.Of("calc", "dark-current", "--total-noise", "5", "--read-noise", "3", "--exposure-s", "10", "--json");
        using var doc = JsonDocument.Parse(dark.Stdout);
        Assert.Equal(1.6, doc.RootElement.GetProperty("value").GetDouble(), 1e-9); // (25 - 9) / 10
    }

    [Theory]
    [InlineData("exposure cannot be negative", "calc", "snr", "--signal", "100", "--dark-current", "1", "--exposure-s", "-1", "--read-noise", "2")]
    [InlineData("exceeds the immersion medium's refractive index", "calc", "nyquist", "--magnification", "100", "--na", "1.6", "--wavelength-nm", "509")]
    [InlineData("gain must be greater than zero", "calc", "electrons", "--signal", "1791", "--bias", "100", "--gain", "0")]
    [InlineData("gain must be greater than zero", "calc", "read-noise", "--diff-std", "3", "--gain", "0")]
    [InlineData("needs --magnification", "calc", "nyquist", "--na", "1.4", "--wavelength-nm", "509")]
    [InlineData("camtest:", "calc", "electrons", "--signal", "abc", "--bias", "100", "--gain", "1")]
    [InlineData("camtest:", "calc", "gain", "--bias", "100")]
    [InlineData("the inputs are out of range", "calc", "pixel", "--size-um", "1e200", "--reference-um", "1e-200", "--json")]
    [InlineData("the inputs are out of range", "calc", "pixel", "--size-um", "1e200", "--reference-um", "1")]
    public void Bad_calculator_arguments_exit_2_with_one_line(string message, params string[] args)
    {
        CliRun run = CliRun.Of(args);
        Assert.Equal(2, run.ExitCode);
        run.AssertOneLineError(message);
        Assert.Equal(string.Empty, run.Stdout);
    }
}
