using System.Data.Common;

namespace CamTest.History.Storage;

/// <summary>
/// What differs between the two databases the history runs on; everything else (the SQL of every read and write,
/// ON CONFLICT DO NOTHING, RETURNING, @name parameters) is one code path. A dialect opens configured connections,
/// spells the identity column, serialises schema migrations, and turns the driver's failures into one-line messages.
/// </summary>
public abstract class SqlDialect
{
    protected SqlDialect(HistoryTarget target)
    {
        Target = target;
    }

    public HistoryTarget Target { get; }

    /// <summary>The column definition of a table's generated 64-bit primary key.</summary>
    public abstract string IdentityColumn { get; }

    /// <summary>An open connection, configured (busy timeout and WAL for SQLite).</summary>
    public abstract DbConnection Open();

    /// <summary>Holds, until <paramref name="transaction"/> ends, the lock that lets one process at a time migrate the schema.</summary>
    public abstract void LockForMigration(DbConnection connection, DbTransaction transaction);

    /// <summary>Whether a table of that name exists (in the schema the connection uses).</summary>
    public abstract bool TableExists(DbConnection connection, DbTransaction? transaction, string table);

    /// <summary>Whether the database holds any table at all (an SQLite file that holds others is not a history).</summary>
    public abstract bool HoldsOtherTables(DbConnection connection, DbTransaction? transaction, IReadOnlyCollection<string> ours);

    /// <summary>True for a failure that retrying the transaction cures (a deadlock or serialisation failure).</summary>
    public abstract bool IsTransient(Exception ex);

    /// <summary>The driver's failure as an exception whose message is one line naming the database; null when not the driver's.</summary>
    public abstract Exception? Translate(Exception ex);

    public static SqlDialect For(HistoryTarget target) => target.Kind switch
    {
        HistoryDatabaseKind.Sqlite => new SqliteDialect(target),
        _ => new PostgresDialect(target),
    };
}
