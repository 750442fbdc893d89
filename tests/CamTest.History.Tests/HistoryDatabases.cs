using CamTest.History.Storage;
using CamTest.TestSupport;

namespace CamTest.History.Tests;

/// <summary>Every test class that touches a database shares one PostgreSQL server (started on first use).</summary>
[CollectionDefinition(Name)]
public sealed class HistoryDatabases : ICollectionFixture<PostgresServer>
{
    public const string Name = "history databases";

    /// <summary>A new, empty history of the given kind: an SQLite file in a fresh folder, or a fresh PostgreSQL schema.</summary>
    public static HistoryTarget NewTarget(PostgresServer server, string kind, string name) => kind switch
    {
        HistoryDatabase.Sqlite => HistoryTarget.Sqlite(Path.Combine(TestPaths.NewTempFolder(name), "history.db")),
        HistoryDatabase.Postgres => HistoryTarget.Resolve(server.NewSchema(name.Replace('-', '_'))),
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, "sqlite or postgres"),
    };
}
