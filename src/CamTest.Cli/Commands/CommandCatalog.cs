using System.CommandLine;

namespace CamTest.Cli.Commands;

/// <summary>Every camtest subcommand, one file each; add new commands here.</summary>
public static class CommandCatalog
{
    public static IEnumerable<Command> Create(CliConsole console)
    {
        yield return InspectCommand.Create(console);
        yield return AnalyzeCommand.Create(console);
        yield return EmvaCommand.Create(console);
        yield return SimulateCommand.Create(console);
        yield return DemoCommand.Create(console);
        yield return CalcCommand.Create(console);
        yield return PlanCommand.Create(console);
        yield return ProfileCommand.Create(console);
        yield return BinCommand.Create(console);
        yield return MapsCommand.Create(console);
        yield return CompareCommand.Create(console);
        yield return HistoryCommand.Create(console);
    }
}
