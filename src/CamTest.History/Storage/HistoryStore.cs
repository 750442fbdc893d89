using System.Data.Common;
using CamTest.History.Recording;
using CamTest.IO;

namespace CamTest.History.Storage;

/// <summary>
/// The camera history: runs added once each (by content hash), read back per camera. Every call opens its own
/// connection, so one store serves many threads, and many processes may share the database. Failures of the
/// database (a corrupt file, an unreachable server) surface as <see cref="InvalidInputException"/> naming it.
/// </summary>
public sealed class HistoryStore
{
    private const int Attempts = 5;
    private readonly SqlDialect _dialect;

    private HistoryStore(SqlDialect dialect)
    {
        _dialect = dialect;
    }

    public HistoryTarget Target => _dialect.Target;

    /// <summary>Opens the history at <paramref name="target"/>, creating it or bringing its schema up to date.</summary>
    public static HistoryStore Open(HistoryTarget target, IReadOnlyList<Migration>? migrations = null)
    {
        var store = new HistoryStore(SqlDialect.For(target));
        store.Guard(() =>
        {
            using DbConnection connection = store._dialect.Open();
            return SchemaMigrator.Migrate(store._dialect, connection, migrations ?? SchemaMigrations.All, SchemaMigrations.Tables);
        });
        return store;
    }

    /// <summary>
    /// Adds the runs in one transaction: all are stored, or (on a failure) none. A run whose results are stored already
    /// adds nothing and is reported with the number it has.
    /// </summary>
    public IReadOnlyList<AddOutcome> Add(IReadOnlyList<RecordedRun> runs) => Guard(() =>
    {
        for (int attempt = 1; ; attempt++)
        {
            try
            {
                return RunWriter.AddAll(_dialect, runs);
            }
            catch (Exception ex) when (attempt < Attempts && _dialect.IsTransient(ex))
            {
                // A deadlock or serialisation failure between concurrent recorders: the transaction rolled back whole.
                Thread.Sleep(Random.Shared.Next(10, 50 * attempt));
            }
        }
    });

    public IReadOnlyList<CameraSummary> Cameras() => Guard(() =>
    {
        using DbConnection connection = _dialect.Open();
        return RunQueries.Cameras(connection);
    });

    /// <summary>
    /// The cameras <paramref name="query"/> names: by serial, by name (case ignored), or by number ("3" or "#3").
    /// Several when a name is shared by cameras of different serials.
    /// </summary>
    public IReadOnlyList<CameraSummary> FindCameras(string query)
    {
        string q = query.Trim();
        IReadOnlyList<CameraSummary> all = Cameras();
        List<CameraSummary> bySerial = [.. all.Where(c => string.Equals(c.Camera.Serial, q, StringComparison.OrdinalIgnoreCase))];
        if (bySerial.Count > 0)
        {
            return bySerial;
        }

        List<CameraSummary> byName = [.. all.Where(c => string.Equals(c.Camera.Name?.Trim(), q, StringComparison.OrdinalIgnoreCase))];
        return byName.Count > 0 || !long.TryParse(q.TrimStart('#'), out long id) ? byName : [.. all.Where(c => c.Id == id)];
    }

    /// <summary>The camera's runs with their figures, in the order they were acquired (unknown times last).</summary>
    public IReadOnlyList<StoredRun> Runs(long cameraId) => Guard(() =>
    {
        using DbConnection connection = _dialect.Open();
        return RunQueries.Runs(connection, cameraId);
    });

    /// <summary>
    /// The results.json a run was recorded from, exactly as stored, or null when there is no such run: what
    /// <c>camtest compare</c> reads to take a camera from the history.
    /// </summary>
    public string? ResultsJson(long runId) => Guard(() =>
    {
        using DbConnection connection = _dialect.Open();
        return Db.Scalar<string>(connection, null, "SELECT results_json FROM runs WHERE id = @id", ("@id", runId));
    });

    private T Guard<T>(Func<T> work)
    {
        try
        {
            return work();
        }
        catch (Exception ex) when (_dialect.Translate(ex) is { } translated)
        {
            throw translated;
        }
    }
}
