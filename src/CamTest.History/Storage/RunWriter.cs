using System.Data.Common;
using CamTest.History.Recording;
using CamTest.IO;

namespace CamTest.History.Storage;

/// <summary>
/// Writes runs in one transaction. Concurrent recorders are safe by the unique keys: a camera or a run another
/// recorder stored first is found, not duplicated (INSERT ... ON CONFLICT DO NOTHING, then read back). Rows are
/// written in one global order (cameras by key, runs by hash), so two batches never wait on each other in a cycle.
/// </summary>
internal static class RunWriter
{
    public static IReadOnlyList<AddOutcome> AddAll(SqlDialect dialect, IReadOnlyList<RecordedRun> runs)
    {
        using DbConnection connection = dialect.Open();
        using DbTransaction transaction = connection.BeginTransaction();
        string now = IsoTimestamp.Format(DateTimeOffset.UtcNow);
        var cameras = new Dictionary<string, long>(StringComparer.Ordinal);
        foreach (CameraIdentity camera in runs.Select(r => r.Camera).DistinctBy(c => c.Key).OrderBy(c => c.Key, StringComparer.Ordinal))
        {
            cameras[camera.Key] = CameraId(connection, transaction, camera, now);
        }

        var outcomes = new Dictionary<RecordedRun, AddOutcome>(ReferenceEqualityComparer.Instance);
        foreach (RecordedRun run in runs.OrderBy(r => r.ContentHash, StringComparer.Ordinal))
        {
            outcomes[run] = Insert(connection, transaction, run, cameras[run.Camera.Key], now);
        }

        transaction.Commit();
        return [.. runs.Select(r => outcomes[r])];
    }

    private static long CameraId(DbConnection c, DbTransaction t, CameraIdentity camera, string now)
    {
        Db.Execute(c, t, """
            INSERT INTO cameras (camera_key, name, serial, sensor, first_recorded) VALUES (@key, @name, @serial, @sensor, @now)
            ON CONFLICT (camera_key) DO NOTHING
            """, ("@key", camera.Key), ("@name", camera.Name), ("@serial", camera.Serial), ("@sensor", camera.Sensor), ("@now", now));
        return Db.Scalar<long>(c, t, "SELECT id FROM cameras WHERE camera_key = @key", ("@key", camera.Key));
    }

    private static AddOutcome Insert(DbConnection c, DbTransaction t, RecordedRun run, long cameraId, string now)
    {
        long? id = Db.Scalar<long?>(c, t, """
            INSERT INTO runs (camera_id, content_hash, camera_name, acquired, acquired_from, analysed, recorded, source, software,
                              temperature_c, readout_mode, em_gain_set_point, bit_depth, results_json)
            VALUES (@camera, @hash, @name, @acquired, @from, @analysed, @now, @source, @software, @temperature, @readout, @setPoint, @bits, @json)
            ON CONFLICT (content_hash) DO NOTHING
            RETURNING id
            """,
            ("@camera", cameraId), ("@hash", run.ContentHash), ("@name", run.Camera.Name), ("@acquired", Time(run.Acquired)),
            ("@from", run.AcquiredFrom), ("@analysed", Time(run.Analysed)), ("@now", now), ("@source", run.Source), ("@software", run.Software),
            ("@temperature", run.Conditions.TemperatureC), ("@readout", run.Conditions.ReadoutMode), ("@setPoint", run.Conditions.EmGainSetPoint),
            ("@bits", run.Conditions.BitDepth), ("@json", run.ResultsJson));
        if (id is null)
        {
            return new AddOutcome(run.Source, Db.Scalar<long>(c, t, "SELECT id FROM runs WHERE content_hash = @hash", ("@hash", run.ContentHash)), Added: false);
        }

        using DbCommand insert = Db.Command(c, t, "INSERT INTO figures (run_id, figure, value, stderr, unit) VALUES (@run, @figure, @value, @stderr, @unit)",
            ("@run", id.Value), ("@figure", string.Empty), ("@value", 0.0), ("@stderr", null), ("@unit", string.Empty));
        foreach (Figure f in run.Figures.DistinctBy(f => f.Key))
        {
            insert.Parameters["@figure"].Value = f.Key;
            insert.Parameters["@value"].Value = f.Value;
            insert.Parameters["@stderr"].Value = f.StdErr is double s ? s : DBNull.Value;
            insert.Parameters["@unit"].Value = f.Unit;
            insert.ExecuteNonQuery();
        }

        return new AddOutcome(run.Source, id.Value, Added: true);
    }

    private static string? Time(DateTimeOffset? time) => time is DateTimeOffset t ? IsoTimestamp.Format(t) : null;
}
