using CamTest.Core.Results;
using CamTest.Reporting;
using Spectre.Console;

namespace CamTest.Cli;

/// <summary>The figures of an analysis as a table on stdout: value ± standard error, unit, verdict (written as in the HTML report).</summary>
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
        var table = new Table().AddColumns("figure", "value", "criterion", "verdict");
        foreach (SummaryFigure f in SummaryFigures.Of(r))
        {
            table.AddRow(Markup.Escape(f.Label), Markup.Escape(f.Text), Markup.Escape(f.Criterion ?? string.Empty), f.HasVerdict ? Verdict(f.Pass) : string.Empty);
        }

        console.Write(table);
        foreach (string w in r.Warnings)
        {
            output.WriteLine($"warning: {w}");
        }
    }

    private static string Verdict(bool? pass) => pass switch { true => "pass", false => "FAIL", null => "no verdict" };
}
