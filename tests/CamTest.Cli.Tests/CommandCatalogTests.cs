using System.CommandLine;
using CamTest.Cli.Commands;

namespace CamTest.Cli.Tests;

/// <summary>A run builds only the command it names; the catalog's names must be the commands' own, or a run would build nothing it can invoke.</summary>
public class CommandCatalogTests
{
    private static readonly CliConsole Quiet = new(TextWriter.Null, TextWriter.Null);

    [Fact]
    public void Every_catalog_name_is_the_name_of_the_command_it_builds()
    {
        Assert.Equal(CommandCatalog.Names, CommandCatalog.Create(Quiet).Select(c => c.Name));
    }

    [Fact]
    public void A_run_that_names_a_command_builds_that_command_alone()
    {
        foreach (string name in CommandCatalog.Names)
        {
            Command only = Assert.Single(CommandCatalog.For([name, "--help"], Quiet));
            Assert.Equal(name, only.Name);
        }
    }

    [Theory]
    [InlineData]
    [InlineData("--help")]
    [InlineData("--version")]
    [InlineData("mpas")]
    public void A_run_that_names_no_command_builds_every_command(params string[] args)
    {
        Assert.Equal(CommandCatalog.Names, CommandCatalog.For(args, Quiet).Select(c => c.Name));
    }
}
