using System.CommandLine;
using CamTest.Cli;

namespace CamTest.Cli.Tests;

/// <summary>Every numeric option reads invariant-culture numbers and refuses a decimal comma (issue 12).</summary>
public class NumberOptionTests
{
    [Theory]
    [InlineData("--gain", "calc", "electrons", "--signal", "1791", "--bias", "100", "--gain", "1,18")]
    [InlineData("--read-noise", "calc", "snr", "--signal", "100", "--dark-current", "1", "--exposure-s", "1", "--read-noise", "1,6")]
    [InlineData("--gain", "profile", "x.tif", "--line", "0,0,1,1", "--bias", "100", "--gain", "1,18")]
    public void A_decimal_comma_is_refused_naming_the_option_and_the_dot_form(string option, params string[] args)
    {
        // Before: calc electrons printed 199540 e- (the comma read as a thousands separator, gain 118), exit 0.
        CliRun run = CliRun.Of(args);
        Assert.Equal(2, run.ExitCode);
        Assert.Equal(string.Empty, run.Stdout);
        string dotForm = args[^1].Replace(',', '.');
        run.AssertOneLineError($"{option} '{args[^1]}': write decimals with a dot ({dotForm})");
    }

    [Fact]
    public void The_dot_form_gives_the_right_answer()
    {
        // (1791 - 100) x 1.18 = 1995.38 e-
        CliRun run = CliRun.Of("calc", "electrons", "--signal", "1791", "--bias", "100", "--gain", "1.18", "--json");
        Assert.Equal(0, run.ExitCode);
        using var doc = System.Text.Json.JsonDocument.Parse(run.Stdout);
        Assert.Equal(1995.38, doc.RootElement.GetProperty("value").GetDouble(), 1e-9);
    }

    [Fact]
    public void Every_numeric_option_of_every_command_refuses_a_comma()
    {
        // Walks the real command tree, so an option added later is covered without a new test.
        RootCommand root = CamTestApp.BuildRoot(new CliConsole(TextWriter.Null, TextWriter.Null));
        int checkedOptions = 0;
        foreach ((string[] path, Option option) in NumericOptions(root, []))
        {
            ParseResult parse = root.Parse([.. path, option.Name, "2,5"]);
            Assert.True(
                parse.Errors.Any(e => e.Message == $"{option.Name} '2,5': write decimals with a dot (2.5); camtest reads numbers the same in every locale"
                    || e.Message == $"{option.Name} '2,5': write numbers without separators (25)"),
                $"{string.Join(' ', path)} {option.Name} 2,5: {string.Join(" | ", parse.Errors.Select(e => e.Message))}");
            checkedOptions++;
        }

        // calc alone has over 30 numeric options: a walk that found few has lost its way.
        Assert.True(checkedOptions > 40, $"only {checkedOptions} numeric options found");
    }

    [Theory]
    [InlineData("--seed", "-1", "is not a whole number (0 or more)", "simulate", "--camera", "scmos-small", "--out", "x")]
    [InlineData("--binning", "2.5", "is not a whole number", "simulate", "--camera", "scmos-small", "--out", "x")]
    [InlineData("--signal", "abc", "is not a number", "calc", "electrons", "--bias", "1", "--gain", "1")]
    [InlineData("--bias-stderr", "x", "is not a number", "calc", "electrons", "--signal", "1", "--bias", "1", "--gain", "1")]
    [InlineData("--read-noise", "NaN", "is not a number", "calc", "snr", "--signal", "1", "--dark-current", "1", "--exposure-s", "1")]
    public void A_bad_number_is_named_in_words_never_as_a_dotnet_type(string option, string value, string message, params string[] args)
    {
        CliRun run = CliRun.Of([.. args, option, value]);
        Assert.Equal(2, run.ExitCode);
        run.AssertOneLineError($"{option} '{value}' {message}");
        AssertNoTypeNames(run.Stderr);
    }

    [Theory]
    [InlineData("2.5e3", 2500.0)]
    [InlineData(" 1.5 ", 1.5)]
    [InlineData("-0.25", -0.25)]
    public void Invariant_numbers_read_the_same_in_every_form(string text, double expected)
    {
        Assert.True(NumberText.TryRead("--x", text, out double value, out string? problem), problem);
        Assert.Equal(expected, value);
    }

    internal static void AssertNoTypeNames(string text)
    {
        foreach (string typeName in new[] { "System.", "Nullable`1", "CamTest.Simulation", "CamTest.IO", "CamTest.Core" })
        {
            Assert.DoesNotContain(typeName, text, StringComparison.Ordinal);
        }
    }

    private static IEnumerable<(string[] Path, Option Option)> NumericOptions(Command command, string[] path)
    {
        foreach (Option option in command.Options)
        {
            Type type = Nullable.GetUnderlyingType(option.ValueType) ?? option.ValueType;
            if (type == typeof(double) || type == typeof(int) || type == typeof(long) || type == typeof(ulong))
            {
                yield return (path, option);
            }
        }

        foreach (Command sub in command.Subcommands)
        {
            foreach ((string[] p, Option o) in NumericOptions(sub, [.. path, sub.Name]))
            {
                yield return (p, o);
            }
        }
    }
}
