using CamTest.Core.Results;
using Spectre.Console;

namespace CamTest.Cli;

/// <summary>The figures of an analysis as a table on stdout: value ± standard error, unit, verdict.</summary>
public static class ConsoleSummary
{
    public static void Write(TextWriter output, CameraResults r)
    {
        IAnsiConsole console = AnsiConsole.Create(new AnsiConsoleSettings
        {
            Out = new AnsiConsoleOutput(output),
            Ansi = AnsiSupport.No,
            ColorSystem = ColorSystemSupport.NoColors,
        });
        var table = new Table().AddColumns("figure", "value", "verdict");
        void Row(string label, Quantity? q, bool? pass = null, bool hasVerdict = false)
        {
            if (q is not null)
            {
                table.AddRow(Markup.Escape(label), Markup.Escape(q.ToString()), hasVerdict ? Verdict(pass) : string.Empty);
            }
        }

        Row("bias level", r.Bias?.Level);
        Row("bias stability: largest deviation (<= 1 e-)", r.Bias?.Stability?.MaxDeviation, r.Bias?.Stability?.Pass, hasVerdict: true);
        Row("system gain", r.Gain?.SystemGain);
        Row("gain linearity: largest deviation (<= 1 %)", r.Gain is { } g ? new Quantity(g.Linearity.MaxDeviationPercent, "%", null) : null, r.Gain?.Linearity.Pass, hasVerdict: true);
        Row("read noise rms", r.ReadNoise?.Rms ?? r.ReadNoise?.RmsAdu);
        Row("read noise median pixel", r.ReadNoise?.Median);
        Row("dark current", r.DarkCurrent?.Rate);
        Row("dark current (noise method)", r.DarkCurrent?.RateFromNoise);
        Row("hot pixels", r.HotPixels is { } h ? new Quantity(h.Count, $"pixels above {h.Threshold.Value:G3} e-/s", null) : null);
        Row("linear full well", r.Saturation?.LinearFullWell);
        Row("DSNU", r.FixedPattern?.Dsnu);
        Row("EM gain", r.EmGain?.Factor);
        Row("frame rate", r.Timing?.FrameRate);
        console.Write(table);
        foreach (string w in r.Warnings)
        {
            output.WriteLine($"warning: {w}");
        }
    }

    private static string Verdict(bool? pass) => pass switch { true => "pass", false => "FAIL", null => "no verdict" };
}
