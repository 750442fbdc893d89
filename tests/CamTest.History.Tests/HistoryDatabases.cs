using CamTest.History.Storage;
using CamTest.TestSupport;

namespace CamTest.History.Tests;

/// <summary>Every test class that touches a database shares one PostgreSQL server (started on first use).</summary>
[CollectionDefinition(Name)]
public sealed class HistoryDatabases : ICollectionFixture<PostgresServer>
{
    public const string Name = "history databases";

    /// <summary>A new, empty history of the given kind (<see cref="HistoryDatabase.NewDb"/>).</summary>
    public static HistoryTarget NewTarget(PostgresServer server, string kind, string name) =>
        HistoryTarget.Resolve(HistoryDatabase.NewDb(server, kind, name));
}
