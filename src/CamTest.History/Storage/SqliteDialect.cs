using System.Data.Common;
using CamTest.IO;
using Microsoft.Data.Sqlite;

namespace CamTest.History.Storage;

/// <summary>
/// The history in one SQLite file. Several processes may record at once: the file runs in WAL mode (readers never
/// wait for the writer), every write transaction starts IMMEDIATE (it takes the write lock up front, so two writers
/// queue instead of failing on a lock upgrade), and a busy file is waited for up to <see cref="BusyTimeoutSeconds"/>.
/// </summary>
public sealed class SqliteDialect : SqlDialect
{
    /// <summary>How long a writer waits for another to finish before giving up, s.</summary>
    public const int BusyTimeoutSeconds = 60;

    public SqliteDialect(HistoryTarget target)
        : base(target)
    {
    }

    public override string IdentityColumn => "INTEGER PRIMARY KEY";

    public override DbConnection Open()
    {
        string? folder = Path.GetDirectoryName(Target.ConnectionString);
        if (folder is not null && !Directory.Exists(folder))
        {
            if (!Target.CreateFolder)
            {
                throw new InvalidInputException(Target.Display, $"folder {folder} does not exist");
            }

            Directory.CreateDirectory(folder);
        }

        var builder = new SqliteConnectionStringBuilder
        {
            DataSource = Target.ConnectionString,
            Mode = SqliteOpenMode.ReadWriteCreate,
            DefaultTimeout = BusyTimeoutSeconds,
            ForeignKeys = true,
            Pooling = false,
        };
        var connection = new SqliteConnection(builder.ConnectionString);
        try
        {
            connection.Open();
            using DbCommand pragma = connection.CreateCommand();
            // SQLite's own busy handler waits in small steps (the driver's own retry sleeps 150 ms at a time); WAL
            // persists in the file; synchronous=NORMAL is durable across a process crash in WAL mode.
            pragma.CommandText = $"PRAGMA busy_timeout={BusyTimeoutSeconds * 1000}; PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL;";
            pragma.ExecuteNonQuery();
            return connection;
        }
        catch
        {
            connection.Dispose();
            throw;
        }
    }

    public override void LockForMigration(DbConnection connection, DbTransaction transaction)
    {
        // The IMMEDIATE transaction already holds the file's write lock.
    }

    public override bool TableExists(DbConnection connection, DbTransaction? transaction, string table) =>
        Db.Scalar<long>(connection, transaction, "SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name = @name", ("@name", table)) > 0;

    public override bool HoldsOtherTables(DbConnection connection, DbTransaction? transaction, IReadOnlyCollection<string> ours)
    {
        using DbCommand command = Db.Command(connection, transaction, "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'");
        using DbDataReader reader = command.ExecuteReader();
        while (reader.Read())
        {
            if (!ours.Contains(reader.GetString(0)))
            {
                return true;
            }
        }

        return false;
    }

    public override bool IsTransient(Exception ex) => false; // IMMEDIATE transactions queue; they do not deadlock

    public override Exception? Translate(Exception ex) => ex switch
    {
        SqliteException { SqliteErrorCode: 26 } => HistoryDiagnostics.NotADatabase.Refuse(Target.Display, "is not a CamTest history database (not an SQLite file)", ex),
        SqliteException { SqliteErrorCode: 11 } => new InvalidInputException(Target.Display, "is a damaged SQLite database (the file is corrupt)", ex),
        SqliteException { SqliteErrorCode: 5 or 6 } => new InvalidInputException(Target.Display, $"stayed locked by another process for {BusyTimeoutSeconds} s", ex),
        SqliteException { SqliteErrorCode: 8 or 14 } s => new InvalidInputException(Target.Display, $"cannot be written or opened ({s.Message})", ex),
        SqliteException s => new InvalidInputException(Target.Display, $"database error: {s.Message}", ex),
        UnauthorizedAccessException or IOException => new InvalidInputException(Target.Display, $"cannot be opened ({ex.Message})", ex),
        _ => null,
    };
}
