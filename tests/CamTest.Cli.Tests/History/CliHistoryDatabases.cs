using CamTest.TestSupport;

namespace CamTest.Cli.Tests.History;

/// <summary>The CLI history tests share one PostgreSQL server (started on first use), as the History tests do.</summary>
[CollectionDefinition(Name)]
public sealed class CliHistoryDatabases : ICollectionFixture<PostgresServer>
{
    public const string Name = "cli history databases";
}
