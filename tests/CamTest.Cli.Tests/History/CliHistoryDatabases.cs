using CamTest.TestSupport;

namespace CamTest.Cli.Tests.History;

/// <summary>The CLI history tests share one PostgreSQL server (started on first use), as the History tests do.</summary>
[CollectionDefinition(Name)]
public sealed class CliHistoryDatabases : ICollectionFixture<PostgresServer>
{
    public const string Name = "cli history databases";

    /// <summary>A --db value for a new, empty history: an SQLite file in a fresh folder, or a fresh PostgreSQL schema.</summary>
    public static string NewDb(PostgresServer server, string kind, string name) => kind == HistoryDatabase.Sqlite
        ? Path.Combine(TestPaths.NewTempFolder(name), "history.db")
        : server.NewSchema(name);
}
