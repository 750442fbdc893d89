using CamTest.Core.Emva;
using CamTest.Core.Results;
using CamTest.Reporting;
using Spectre.Console;

namespace CamTest.Cli;

/// <summary>The EMVA 1288 figures on stdout as a table (symbol, figure, value ± standard error), then what the user must
/// hear: the figures not measured, and the warnings as analyze's summary writes them (<see cref="ConsoleSummary.WriteWarnings"/>).</summary>
public static class EmvaConsoleSummary
{
    public static void Write(TextWriter output, CameraResults results)
    {
        EmvaSection emva = results.Emva ?? throw new ArgumentException("not the results of an EMVA analysis", nameof(results));
        IAnsiConsole console = PlainTextConsole.Over(output);
        var table = new Table().AddColumns("symbol", "figure", "value");
        foreach (EmvaFigure figure in EmvaFigures.All)
        {
            if (figure.Value(emva) is Quantity q)
            {
                string bound = figure.Declaration == EmvaFigures.TemporalDarkNoise && emva.TemporalDarkNoiseIsUpperBound ? "≤ " : string.Empty;
                table.AddRow(Markup.Escape(figure.Declaration.Symbol), Markup.Escape(figure.Declaration.Name), Markup.Escape(bound + QuantityText.Of(q)));
            }
        }

        console.Write(table);
        foreach (EmvaNotMeasured gap in emva.NotMeasured)
        {
            output.WriteLine($"not measured: {string.Join(", ", gap.Figures)}: {gap.Reason}");
        }

        ConsoleSummary.WriteWarnings(output, results);
    }
}
