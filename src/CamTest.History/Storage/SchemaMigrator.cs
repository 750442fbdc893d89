using System.Data.Common;
using System.Globalization;
using CamTest.IO;

namespace CamTest.History.Storage;

/// <summary>
/// Brings a database to the latest schema: reads <c>schema_version</c>, and applies the missing migrations in one
/// transaction, each recorded as it is applied, so a failure leaves the database as it was. Two processes opening a
/// new database at once are serialised by the dialect's migration lock, and the second finds the work done.
/// </summary>
public static class SchemaMigrator
{
    private const string VersionTable = "schema_version";

    /// <summary>The version the database is at after migrating (the last of <paramref name="migrations"/>).</summary>
    public static int Migrate(SqlDialect dialect, DbConnection connection, IReadOnlyList<Migration> migrations, IReadOnlyCollection<string> tables)
    {
        int latest = migrations.Count == 0 ? 0 : migrations.Max(m => m.Version);
        if (dialect.TableExists(connection, null, VersionTable)
            && (Db.Scalar<int?>(connection, null, $"SELECT max(version) FROM {VersionTable}") ?? 0) is int known && known >= latest)
        {
            return Check(dialect, known, latest); // the common case: up to date, no lock taken
        }

        using DbTransaction transaction = connection.BeginTransaction();
        dialect.LockForMigration(connection, transaction);
        // Looked at only now, under the lock: another process may have created the schema since the check above.
        if (!dialect.TableExists(connection, transaction, VersionTable)
            && (tables.Any(t => t != VersionTable && dialect.TableExists(connection, transaction, t)) || dialect.HoldsOtherTables(connection, transaction, tables)))
        {
            throw HistoryDiagnostics.NotADatabase.Refuse(dialect.Target.Display, "holds other tables but no schema_version: not a CamTest history database");
        }

        Db.Execute(connection, transaction, $"CREATE TABLE IF NOT EXISTS {VersionTable} (version INTEGER PRIMARY KEY, description TEXT NOT NULL, applied TEXT NOT NULL)");
        int current = Db.Scalar<int?>(connection, transaction, $"SELECT max(version) FROM {VersionTable}") ?? 0;
        Check(dialect, current, latest);
        foreach (Migration migration in migrations.Where(m => m.Version > current).OrderBy(m => m.Version))
        {
            foreach (string statement in migration.Statements(dialect))
            {
                Db.Execute(connection, transaction, statement);
            }

            Db.Execute(connection, transaction, $"INSERT INTO {VersionTable} (version, description, applied) VALUES (@v, @d, @t)",
                ("@v", migration.Version), ("@d", migration.Description), ("@t", DateTimeOffset.UtcNow.ToString("O", CultureInfo.InvariantCulture)));
        }

        transaction.Commit();
        return latest;
    }

    private static int Check(SqlDialect dialect, int found, int latest) =>
        found > latest
            ? throw HistoryDiagnostics.NewerSchema.Refuse(dialect.Target.Display, $"was written by a newer camtest (history schema {found}; this one knows up to {latest}): update camtest")
            : found;
}
