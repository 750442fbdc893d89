using System.CommandLine;
using CamTest.History.Storage;

namespace CamTest.Cli.Commands;

/// <summary>The --db option every history command (and analyze --record) shares, and the camera named on the command line.</summary>
public static class HistoryOptions
{
    public static Option<string?> Db() => new("--db")
    {
        Description = $"the history: an SQLite file, or a PostgreSQL connection string (\"Host=...\" or \"postgres://...\"); default ${HistoryTarget.EnvironmentVariable}, else $XDG_DATA_HOME/camtest/history.db",
    };

    /// <summary>Opens (creating or migrating) the history the option or the environment names.</summary>
    public static HistoryStore Open(string? db) => HistoryStore.Open(HistoryTarget.Resolve(db));

    /// <summary>The one camera <paramref name="query"/> names (serial, name or number); otherwise a usage error saying what there is.</summary>
    public static CameraSummary Camera(HistoryStore store, string query)
    {
        IReadOnlyList<CameraSummary> found = store.FindCameras(query);
        return found.Count switch
        {
            1 => found[0],
            0 => throw new UsageException($"no camera '{query}' in the history at {store.Target.Display} ('camtest history list' shows the cameras)"),
            _ => throw new UsageException($"'{query}' names {found.Count} cameras ({string.Join(", ", found.Select(c => $"#{c.Id} {c.Camera}"))}); give the serial or the number"),
        };
    }
}
