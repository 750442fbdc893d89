using System.CommandLine;
using CamTest.Cli.Commands;
using CamTest.Core.Analysis;
using CamTest.Core.Calculators;
using CamTest.IO;

namespace CamTest.Cli;

/// <summary>
/// The camtest command line: parses, dispatches to one command, and maps failures onto the exit-code contract
/// (0 success, 2 bad input or usage, 1 internal error), always as one line on stderr.
/// </summary>
public static class CamTestApp
{
    public const int Success = 0;
    public const int InternalError = 1;
    public const int BadInput = 2;

    public static int Run(string[] args, TextWriter stdout, TextWriter stderr, bool interactive = false)
    {
        var console = new CliConsole(stdout, stderr, interactive);
        RootCommand root = RootOver(CommandCatalog.For(args, console));
        ParseResult parse = root.Parse(args);
        if (parse.Errors.Count > 0)
        {
            stderr.WriteLine($"camtest: {ParseErrorText.For(parse)}");
            return BadInput;
        }

        try
        {
            return parse.Invoke(new InvocationConfiguration
            {
                EnableDefaultExceptionHandler = false,
                Output = stdout,
                Error = stderr,
            });
        }
        catch (Exception ex) when (ex is InvalidInputException or UsageException or CalculatorInputException or InsufficientDataException)
        {
            // The user's input, not our failure (an analysis stage that could not turn its own shortfall into a
            // warning is still the data's problem): one line, exit 2.
            string code = ex is InvalidInputException { Code: { } c } ? $" [{c}]" : "";
            stderr.WriteLine($"camtest: {ex.Message}{code}");
            return BadInput;
        }
        catch (Exception ex) when (Environment.GetEnvironmentVariable("CAMTEST_DEBUG") is null)
        {
            // An internal error is ours, not the user's: say so in one line; CAMTEST_DEBUG=1 shows the trace.
            stderr.WriteLine($"camtest: internal error: {ex.GetType().Name}: {ex.Message} (set CAMTEST_DEBUG=1 for details)");
            return InternalError;
        }
    }

    /// <summary>The whole command tree, every numeric option with the shared parser (tests walk it).</summary>
    public static RootCommand BuildRoot(CliConsole console) => RootOver(CommandCatalog.Create(console));

    /// <summary>The root over <paramref name="commands"/> (a run builds only the one it invokes), numeric options shared.</summary>
    private static RootCommand RootOver(IEnumerable<Command> commands)
    {
        var root = new RootCommand("CamTest: characterise a scientific camera from its bias, flat and dark stacks.");
        foreach (Command command in commands)
        {
            root.Subcommands.Add(command);
        }

        NumericOptions.Apply(root);
        return root;
    }
}
