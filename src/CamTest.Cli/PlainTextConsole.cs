using Spectre.Console;

namespace CamTest.Cli;

/// <summary>
/// A Spectre console that writes plain text to a writer: no ANSI codes and no colours, so a summary table reads the
/// same in a terminal, a pipe, a log file and a test's captured output.
/// </summary>
public static class PlainTextConsole
{
    public static IAnsiConsole Over(TextWriter output) => AnsiConsole.Create(new AnsiConsoleSettings
    {
        Out = new AnsiConsoleOutput(output),
        Ansi = AnsiSupport.No,
        ColorSystem = ColorSystemSupport.NoColors,
    });
}
