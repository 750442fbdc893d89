using System.Data.Common;
using CamTest.Core.Results;
using CamTest.History.Recording;
using CamTest.IO;

namespace CamTest.History.Storage;

/// <summary>The history's reads: cameras with the span of their runs, and a camera's runs with every figure.</summary>
internal static class RunQueries
{
    public static IReadOnlyList<CameraSummary> Cameras(DbConnection connection)
    {
        using DbCommand command = Db.Command(connection, null, """
            SELECT c.id, c.name, c.serial, c.sensor, count(r.id), min(r.acquired), max(r.acquired)
            FROM cameras c LEFT JOIN runs r ON r.camera_id = c.id
            GROUP BY c.id, c.name, c.serial, c.sensor
            ORDER BY c.name, c.id
            """);
        using DbDataReader reader = command.ExecuteReader();
        var cameras = new List<CameraSummary>();
        while (reader.Read())
        {
            cameras.Add(new CameraSummary(
                Db.Long(reader, 0),
                new CameraIdentity(Db.Text(reader, 1), Db.Text(reader, 2), Db.Text(reader, 3)),
                (int)Db.Long(reader, 4),
                IsoTimestamp.TryParse(Db.Text(reader, 5)),
                IsoTimestamp.TryParse(Db.Text(reader, 6))));
        }

        return cameras;
    }

    public static IReadOnlyList<StoredRun> Runs(DbConnection connection, long cameraId)
    {
        Dictionary<long, Dictionary<string, Figure>> figures = Figures(connection, cameraId);
        using DbCommand command = Db.Command(connection, null, """
            SELECT id, camera_name, acquired, acquired_from, analysed, recorded, source, software,
                   temperature_c, readout_mode, em_gain_set_point, bit_depth
            FROM runs WHERE camera_id = @camera
            """, ("@camera", cameraId));
        using DbDataReader r = command.ExecuteReader();
        var runs = new List<StoredRun>();
        while (r.Read())
        {
            long id = Db.Long(r, 0);
            var conditions = new RunConditions(Db.Double(r, 8), Db.Text(r, 9), Db.Double(r, 10), Db.Double(r, 11) is double bits ? (int)bits : null);
            runs.Add(new StoredRun(
                id, cameraId, Db.Text(r, 1), IsoTimestamp.TryParse(Db.Text(r, 2)), Db.Text(r, 3), IsoTimestamp.TryParse(Db.Text(r, 4)),
                IsoTimestamp.TryParse(Db.Text(r, 5)) ?? DateTimeOffset.MinValue, Db.Text(r, 6) ?? string.Empty, Db.Text(r, 7), conditions,
                figures.TryGetValue(id, out Dictionary<string, Figure>? f) ? f : []));
        }

        return [.. runs.OrderBy(run => run.Acquired is null).ThenBy(run => run.Acquired).ThenBy(run => run.Analysed).ThenBy(run => run.Id)];
    }

    private static Dictionary<long, Dictionary<string, Figure>> Figures(DbConnection connection, long cameraId)
    {
        using DbCommand command = Db.Command(connection, null, """
            SELECT f.run_id, f.figure, f.value, f.stderr, f.unit
            FROM figures f JOIN runs r ON r.id = f.run_id
            WHERE r.camera_id = @camera
            """, ("@camera", cameraId));
        using DbDataReader r = command.ExecuteReader();
        var byRun = new Dictionary<long, Dictionary<string, Figure>>();
        while (r.Read())
        {
            long run = Db.Long(r, 0);
            if (!byRun.TryGetValue(run, out Dictionary<string, Figure>? figures))
            {
                byRun[run] = figures = new Dictionary<string, Figure>(StringComparer.Ordinal);
            }

            string key = r.GetString(1);
            figures[key] = new Figure(key, Db.Double(r, 2)!.Value, r.GetString(4), Db.Double(r, 3));
        }

        return byRun;
    }
}
