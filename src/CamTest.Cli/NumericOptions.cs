using System.CommandLine;
using System.CommandLine.Parsing;
using System.Numerics;

namespace CamTest.Cli;

/// <summary>
/// Gives every numeric option of every command one parser, <see cref="NumberText"/>, so no option can read "1,18" as
/// 118 or answer a typo with a .NET type name. Applied to the whole command tree, it covers options added later too.
/// </summary>
public static class NumericOptions
{
    public static void Apply(Command command)
    {
        foreach (Option option in command.Options)
        {
            Attach(option);
        }

        foreach (Command sub in command.Subcommands)
        {
            Apply(sub);
        }
    }

    private static void Attach(Option option)
    {
        switch (option)
        {
            case Option<double> o: o.CustomParser = Parser(o.Name, o.DefaultValueFactory, (double v) => v); break;
            case Option<double?> o: o.CustomParser = Parser(o.Name, o.DefaultValueFactory, (double v) => (double?)v); break;
            case Option<int> o: o.CustomParser = Parser(o.Name, o.DefaultValueFactory, (int v) => v); break;
            case Option<int?> o: o.CustomParser = Parser(o.Name, o.DefaultValueFactory, (int v) => (int?)v); break;
            case Option<long> o: o.CustomParser = Parser(o.Name, o.DefaultValueFactory, (long v) => v); break;
            case Option<long?> o: o.CustomParser = Parser(o.Name, o.DefaultValueFactory, (long v) => (long?)v); break;
            case Option<ulong> o: o.CustomParser = Parser(o.Name, o.DefaultValueFactory, (ulong v) => v); break;
            case Option<ulong?> o: o.CustomParser = Parser(o.Name, o.DefaultValueFactory, (ulong v) => (ulong?)v); break;
            default: break;
        }
    }

    private static Func<ArgumentResult, TOption?> Parser<TNumber, TOption>(
        string name, Func<ArgumentResult, TOption>? defaultValue, Func<TNumber, TOption> wrap)
        where TNumber : struct, INumber<TNumber>, IMinMaxValue<TNumber>
    {
        return result =>
        {
            if (result.Tokens.Count == 0)
            {
                return defaultValue is null ? default : defaultValue(result);
            }

            if (NumberText.TryRead(name, result.Tokens[^1].Value, out TNumber value, out string? problem))
            {
                return wrap(value);
            }

            result.AddError(problem!);
            return default;
        };
    }
}
