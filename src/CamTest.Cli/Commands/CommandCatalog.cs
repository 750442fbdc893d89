using System.CommandLine;

namespace CamTest.Cli.Commands;

/// <summary>
/// Every camtest subcommand, one file each, by the name it is invoked by; add new commands here. A run builds only the
/// command it names (<see cref="For"/>): building the whole tree (every option, parser and description of a dozen
/// commands) is start-up work that a short run such as <c>camtest maps</c> or <c>camtest calc</c> pays for nothing.
/// </summary>
public static class CommandCatalog
{
    /// <summary>Each command's name (the first argument that invokes it) and its factory, in help order.</summary>
    private static readonly (string Name, Func<CliConsole, Command> Create)[] Commands =
    [
        ("inspect", InspectCommand.Create),
        ("analyze", AnalyzeCommand.Create),
        ("emva", EmvaCommand.Create),
        ("simulate", SimulateCommand.Create),
        ("demo", DemoCommand.Create),
        ("calc", CalcCommand.Create),
        ("plan", PlanCommand.Create),
        ("profile", ProfileCommand.Create),
        ("bin", BinCommand.Create),
        ("maps", MapsCommand.Create),
        ("compare", CompareCommand.Create),
        ("history", HistoryCommand.Create),
    ];

    /// <summary>The names commands are listed under (each is its command's <see cref="Command.Name"/>; a test holds them to it).</summary>
    public static IEnumerable<string> Names => Commands.Select(c => c.Name);

    /// <summary>Every command, for help, a mistyped name (the parser's suggestions need them all) and the tests' walks.</summary>
    public static IEnumerable<Command> Create(CliConsole console) => Commands.Select(c => c.Create(console));

    /// <summary>
    /// Only the command <paramref name="args"/> names first, when it names one; otherwise (no arguments, an option
    /// such as --help or --version, a typo) every command, so the parser answers exactly as with the whole tree.
    /// </summary>
    public static IEnumerable<Command> For(IReadOnlyList<string> args, CliConsole console)
    {
        foreach ((string name, Func<CliConsole, Command> create) in Commands)
        {
            if (args.Count > 0 && args[0] == name)
            {
                return [create(console)];
            }
        }

        return Create(console);
    }
}
