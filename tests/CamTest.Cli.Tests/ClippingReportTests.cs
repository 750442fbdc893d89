using System.Runtime.InteropServices;
using System.Text.Json;
using CamTest.TestSupport;

namespace CamTest.Cli.Tests;

/// <summary>inspect shows the extremes and the pixels clipped at 0 and at the top code; profile warns of a clipped peak.</summary>
public class ClippingReportTests
{
    [Fact]
    public void Inspect_reports_min_max_and_the_fractions_at_zero_and_at_the_top_code()
    {
        // 20 x 10 uint16 (top code 65535) built to count: 6 pixels at 65535, 10 at 0, the rest 1000..1183.
        ushort[] pixels = [.. Enumerable.Range(0, 200).Select(i => (ushort)(1000 + i))];
        for (int i = 0; i < 6; i++)
        {
            pixels[i * 7] = ushort.MaxValue;
        }

        for (int i = 0; i < 10; i++)
        {
            pixels[199 - (i * 3)] = 0;
        }

        string file = Path.Combine(TestPaths.NewTempFolder("inspect-codes"), "codes.raw");
        File.WriteAllBytes(file, MemoryMarshal.AsBytes(pixels.AsSpan()).ToArray());

        CliRun run = CliRun.Of("inspect", file, "--raw", "20x10:uint16:le", "--json");
        Assert.True(run.ExitCode == 0, run.Stderr);
        using JsonDocument doc = JsonDocument.Parse(run.Stdout);
        JsonElement f = doc.RootElement.GetProperty("files")[0];
        Assert.Equal(0, f.GetProperty("min").GetDouble());
        Assert.Equal(65535, f.GetProperty("max").GetDouble());
        Assert.Equal(65535, f.GetProperty("topCode").GetDouble());
        Assert.Equal(6 / 200.0, f.GetProperty("fractionAtTopCode").GetDouble(), 12);
        Assert.Equal(10 / 200.0, f.GetProperty("fractionAtZero").GetDouble(), 12);
        Assert.False(SessionChecks.HasDiagnostic(f, "inspect.narrow-adc-pile-up")); // its maximum is the top code: no pile-up below it

        string text = CliRun.Of("inspect", file, "--raw", "20x10:uint16:le").Stdout;
        Assert.Contains("values      0 .. 65535; 5 % at 0, 3 % at the top code 65535", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Inspect_of_a_saturated_12_bit_frame_in_16_bit_words_warns_of_the_pile_up()
    {
        // EMVA set 001's b_048 is fully saturated at 4095 (its README: all 4095 from b_040 on); the PNG says 16 bits.
        string png = TestPaths.Fixture("real", "emva001", "images", "b_048_snap_001.png");
        CliRun run = CliRun.Of("inspect", png);
        Assert.True(run.ExitCode == 0, run.Stderr);
        Assert.Contains("values      4095 .. 4095; none at 0, none at the top code 65535", run.Stdout, StringComparison.Ordinal);

        // The warning is a diagnostic of its own code with the file in its files[] (its text stands under the file's
        // path, so it does not repeat the name), in --json; the text prints the same message.
        JsonElement file = Assert.Single(SessionChecks.Results(CliRun.Of("inspect", png, "--json")).GetProperty("files").EnumerateArray());
        JsonElement pileUp = SessionChecks.AssertDiagnostic(file, "inspect.narrow-adc-pile-up", null);
        Assert.Equal(file.GetProperty("path").GetString(), Assert.Single(pileUp.GetProperty("files").EnumerateArray()).GetString());
        Assert.Equal("warning", pileUp.GetProperty("severity").GetString());
        Assert.Contains($"warning     {pileUp.GetProperty("message").GetString()}", run.Stdout, StringComparison.Ordinal);
    }

    [Fact]
    public void Profile_warns_when_the_peak_sits_at_the_top_code()
    {
        // 16 x 8 uint16 at 500 ADU with a 3-pixel spot at 65535 on row 4.
        ushort[] pixels = [.. Enumerable.Repeat((ushort)500, 128)];
        pixels[(4 * 16) + 7] = pixels[(4 * 16) + 8] = pixels[(4 * 16) + 9] = ushort.MaxValue;
        string file = Path.Combine(TestPaths.NewTempFolder("profile-clipped"), "spot.raw");
        File.WriteAllBytes(file, MemoryMarshal.AsBytes(pixels.AsSpan()).ToArray());

        CliRun clipped = CliRun.Of("profile", file, "--raw", "16x8:uint16:le", "--line", "0,4,15,4", "--json");
        Assert.True(clipped.ExitCode == 0, clipped.Stderr);
        using JsonDocument doc = JsonDocument.Parse(clipped.Stdout);
        // The one warning is the peak-clipped diagnostic's line, and the text output prints that same line.
        string warning = Assert.Single(doc.RootElement.GetProperty("warnings").EnumerateArray()).GetString()!;
        Assert.Equal(warning, SessionChecks.AssertDiagnostic(doc.RootElement, "profile.peak-clipped", null).GetProperty("message").GetString());
        Assert.Contains($"warning: {warning}", CliRun.Of("profile", file, "--raw", "16x8:uint16:le", "--line", "0,4,15,4").Stdout, StringComparison.Ordinal);

        // A line through row 1 stays at 500: no warning.
        using JsonDocument clean = JsonDocument.Parse(CliRun.Of("profile", file, "--raw", "16x8:uint16:le", "--line", "0,1,15,1", "--json").Stdout);
        Assert.Empty(clean.RootElement.GetProperty("warnings").EnumerateArray());
        Assert.False(SessionChecks.HasDiagnostic(clean.RootElement, "profile.peak-clipped"));
    }
}
