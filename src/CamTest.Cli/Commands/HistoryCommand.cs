using System.CommandLine;

namespace CamTest.Cli.Commands;

/// <summary><c>camtest history add|list|show|trend</c>: the camera history, run after run, and its trends.</summary>
public static class HistoryCommand
{
    public static Command Create(CliConsole console) => new("history", "Record runs and follow each camera's figures over months.")
    {
        HistoryAddCommand.Create(console),
        HistoryListCommand.Create(console),
        HistoryShowCommand.Create(console),
        HistoryTrendCommand.Create(console),
    };
}
