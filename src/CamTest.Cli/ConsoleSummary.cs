using System.Globalization;
using CamTest.Core.Results;
using CamTest.Reporting;
using Spectre.Console;

namespace CamTest.Cli;

/// <summary>The figures of an analysis as a table on stdout: value ± standard error, unit, verdict (written as in the HTML report).</summary>
public static class ConsoleSummary
{
    public static void Write(TextWriter output, CameraResults r)
    {
        IAnsiConsole console = PlainTextConsole.Over(output);
        var table = new Table().AddColumns("figure", "value", "criterion", "verdict");
        foreach (SummaryFigure f in SummaryFigures.Of(r))
        {
            table.AddRow(Markup.Escape(f.Label), Markup.Escape(f.Text), Markup.Escape(f.Criterion ?? string.Empty), f.HasVerdict ? Verdict(f.Pass) : string.Empty);
        }

        console.Write(table);
        foreach (StatedComparison c in r.StatedVsMeasured ?? [])
        {
            output.WriteLine(StatedText(c));
        }

        WriteWarnings(output, r);
    }

    /// <summary>"warning: ..." for each of results.json's warnings[]: the diagnostics' digest (repeats of one kind at
    /// several levels collapsed into one line, <see cref="Core.Diagnostics.DiagnosticDigest"/>), warnings and above.</summary>
    public static void WriteWarnings(TextWriter output, CameraResults r)
    {
        foreach (string w in r.Warnings)
        {
            output.WriteLine($"warning: {w}");
        }
    }

    /// <summary>"gain.systemGain: measured 1.203 ± 0.004 e-/ADU, stated 1.18 (session.json ...): +1.9 %, +5.8 standard errors".</summary>
    public static string StatedText(StatedComparison c)
    {
        string sigmas = c.DifferenceInStdErrs is double s ? string.Format(CultureInfo.InvariantCulture, ", {0:+0.0;-0.0} standard errors", s) : ", measured without a standard error";
        return string.Format(CultureInfo.InvariantCulture, "{0}: measured {1}, stated {2:G6} ({3}): {4:+0.0;-0.0} %{5}",
            c.Figure, QuantityText.Of(c.Measured), c.Stated, c.StatedFrom, c.DifferencePercent, sigmas);
    }

    private static string Verdict(bool? pass) => pass switch { true => "pass", false => "FAIL", null => "no verdict" };
}
