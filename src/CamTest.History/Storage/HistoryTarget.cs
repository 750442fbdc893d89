using CamTest.IO;

namespace CamTest.History.Storage;

/// <summary>Which database the history lives in.</summary>
public enum HistoryDatabaseKind
{
    Sqlite,
    Postgres,
}

/// <summary>
/// Where the history is: an SQLite file (the default, in the user's data folder) or a PostgreSQL server a facility
/// shares. <see cref="Display"/> names it in messages without any password.
/// </summary>
/// <param name="ConnectionString">For SQLite the file path; for PostgreSQL an Npgsql connection string.</param>
/// <param name="CreateFolder">True for the default file, whose folder is made on first use; a folder the user names must exist.</param>
public sealed record HistoryTarget(HistoryDatabaseKind Kind, string ConnectionString, string Display, bool CreateFolder = false)
{
    /// <summary>The environment variable that may name the database when no --db is given.</summary>
    public const string EnvironmentVariable = "CAMTEST_DB";

    /// <summary>
    /// The database <paramref name="named"/> names (a --db value), else <c>CAMTEST_DB</c>, else the default file
    /// (<c>$XDG_DATA_HOME/camtest/history.db</c>, or <c>~/.local/share/camtest/history.db</c>). A value starting with
    /// "postgres://" or "postgresql://", or a key=value connection string with a Host or Server key, is PostgreSQL;
    /// anything else is an SQLite file path.
    /// </summary>
    public static HistoryTarget Resolve(string? named, Func<string, string?>? environment = null)
    {
        environment ??= Environment.GetEnvironmentVariable;
        string? text = !string.IsNullOrWhiteSpace(named) ? named : environment(EnvironmentVariable);
        if (string.IsNullOrWhiteSpace(text))
        {
            return Sqlite(DefaultFile(environment)) with { CreateFolder = true };
        }

        if (PostgresConnection.IsConnectionString(text))
        {
            string connection;
            try
            {
                connection = PostgresConnection.Normalise(text);
            }
            catch (Exception ex) when (ex is ArgumentException or FormatException or KeyNotFoundException)
            {
                // The text may hold a password: name where it came from, not what it says.
                string from = !string.IsNullOrWhiteSpace(named) ? "--db" : EnvironmentVariable;
                throw new InvalidInputException(from, $"is not a valid PostgreSQL connection string ({ex.Message})", ex);
            }

            return new HistoryTarget(HistoryDatabaseKind.Postgres, connection, PostgresConnection.Describe(connection));
        }

        return Sqlite(Path.GetFullPath(text));
    }

    public static HistoryTarget Sqlite(string path) => new(HistoryDatabaseKind.Sqlite, path, path);

    private static string DefaultFile(Func<string, string?> environment)
    {
        string? data = environment("XDG_DATA_HOME");
        if (string.IsNullOrWhiteSpace(data) || !Path.IsPathRooted(data))
        {
            // The XDG rule: an unset or relative XDG_DATA_HOME means ~/.local/share.
            data = Path.Combine(environment("HOME") ?? Environment.GetFolderPath(Environment.SpecialFolder.UserProfile), ".local", "share");
        }

        return Path.Combine(data, "camtest", "history.db");
    }
}
