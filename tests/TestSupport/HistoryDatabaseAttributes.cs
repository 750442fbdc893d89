using System.Reflection;
using Xunit.Sdk;

namespace CamTest.TestSupport;

/// <summary>The history databases a test runs against: "sqlite" always, "postgres" where a server can be had.</summary>
public static class HistoryDatabase
{
    public const string Sqlite = "sqlite";
    public const string Postgres = "postgres";

    /// <summary>A --db value for a new, empty history: an SQLite file in a fresh folder, or a fresh PostgreSQL schema.</summary>
    public static string NewDb(PostgresServer server, string kind, string name) => kind switch
    {
        Sqlite => Path.Combine(TestPaths.NewTempFolder(name), "history.db"),
        Postgres => server.NewSchema(name.Replace('-', '_')),
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, "sqlite or postgres"),
    };
}

/// <summary>A theory row for the SQLite history database (a fresh file per test).</summary>
[AttributeUsage(AttributeTargets.Method)]
public sealed class SqliteDatabaseAttribute : DataAttribute
{
    public override IEnumerable<object[]> GetData(MethodInfo testMethod) => [[HistoryDatabase.Sqlite]];
}

/// <summary>
/// A theory row for the PostgreSQL history database (a fresh schema per test), reported as skipped, with the reason,
/// where no server can be had: never silently passing.
/// </summary>
[AttributeUsage(AttributeTargets.Method)]
public sealed class PostgresDatabaseAttribute : DataAttribute
{
    public PostgresDatabaseAttribute()
    {
        Skip = PostgresAvailability.SkipReason;
    }

    public override IEnumerable<object[]> GetData(MethodInfo testMethod) => [[HistoryDatabase.Postgres]];
}
