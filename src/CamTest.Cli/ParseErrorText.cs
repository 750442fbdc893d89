using System.CommandLine;
using System.CommandLine.Parsing;
using CamTest.IO;

namespace CamTest.Cli;

/// <summary>
/// What went wrong on the command line, in one line a user can act on: an unknown command names the commands there
/// are, an unknown option the command's options, and no message names a .NET type.
/// </summary>
public static class ParseErrorText
{
    public static string For(ParseResult parse)
    {
        Command command = parse.CommandResult.Command;
        string path = CommandPath(parse.CommandResult);
        string? unmatched = parse.UnmatchedTokens.Count > 0 ? parse.UnmatchedTokens[0] : null;
        if (command.Subcommands.Count > 0 && command.Action is null)
        {
            string names = string.Join(", ", command.Subcommands.Where(c => !c.Hidden).Select(c => c.Name));
            return unmatched is null
                ? $"'{path}' needs a command: {names} (see '{path} --help')"
                : $"unknown command '{path} {unmatched}'; the commands are: {names} (see '{path} --help')";
        }

        if (unmatched is not null && unmatched.StartsWith('-'))
        {
            string options = string.Join(", ", command.Options.Where(o => !o.Hidden && o.Name.StartsWith("--", StringComparison.Ordinal)).Select(o => o.Name));
            return $"unknown option '{unmatched}' for '{path}'; its options are: {options}";
        }

        return $"{JsonProblem.Words(parse.Errors[0].Message)} (see '{path} --help')";
    }

    private static string CommandPath(CommandResult result)
    {
        var names = new List<string>();
        for (SymbolResult? r = result; r is not null; r = r.Parent)
        {
            if (r is CommandResult c)
            {
                names.Insert(0, c.Command is RootCommand ? "camtest" : c.Command.Name);
            }
        }

        return string.Join(' ', names);
    }
}
