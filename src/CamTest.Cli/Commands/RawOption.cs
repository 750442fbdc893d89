using System.CommandLine;
using CamTest.IO;

namespace CamTest.Cli.Commands;

/// <summary>The <c>--raw WIDTHxHEIGHT:TYPE[:be|le][:offset=N]</c> option shared by inspect, profile and bin.</summary>
public static class RawOption
{
    public static Option<string?> Create() =>
        new("--raw") { Description = "read headerless binary as WIDTHxHEIGHT:TYPE[:be|le][:offset=N]" };

    /// <summary>The layout, or null without --raw; a layout that does not parse is a usage error.</summary>
    public static RawLayout? Parse(string? text) =>
        text is null ? null : RawLayout.TryParse(text, out string? error) ?? throw new UsageException(error!);
}
