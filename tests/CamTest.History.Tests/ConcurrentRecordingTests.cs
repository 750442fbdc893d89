using CamTest.History.Recording;
using CamTest.History.Storage;
using CamTest.TestSupport;

namespace CamTest.History.Tests;

/// <summary>Recorders working at once lose nothing and store nothing twice, on both databases.</summary>
[Collection(HistoryDatabases.Name)]
public sealed class ConcurrentRecordingTests(PostgresServer server)
{
    private const int Recorders = 8;
    private const int RunsEach = 50;

    [Theory, SqliteDatabase, PostgresDatabase]
    public void Eight_recorders_adding_fifty_runs_each_store_every_run_once(string kind)
    {
        HistoryTarget target = HistoryDatabases.NewTarget(server, kind, "parallel");
        // Each recorder has its own runs, one transaction each, and re-adds a run of its neighbour's now and then:
        // the neighbour may be adding it at the same moment, and it must still be stored once.
        RecordedRun[][] runs = [.. Enumerable.Range(0, Recorders).Select(r => Enumerable.Range(0, RunsEach).Select(i => Run(r, i)).ToArray())];
        using var start = new Barrier(Recorders);

        Parallel.For(0, Recorders, new ParallelOptions { MaxDegreeOfParallelism = Recorders }, r =>
        {
            HistoryStore store = HistoryStore.Open(target); // every recorder opens (and races to migrate) the new database
            start.SignalAndWait();
            for (int i = 0; i < RunsEach; i++)
            {
                store.Add([runs[r][i]]);
                if (i % 10 == 0)
                {
                    store.Add([runs[(r + 1) % Recorders][i]]);
                }
            }
        });

        HistoryStore reader = HistoryStore.Open(target);
        CameraSummary camera = Assert.Single(reader.Cameras());
        IReadOnlyList<StoredRun> stored = reader.Runs(camera.Id);
        Assert.Equal(Recorders * RunsEach, stored.Count);
        Assert.Equal(Recorders * RunsEach, stored.Select(s => s.Source).Distinct().Count());
        Assert.All(stored, s => Assert.Equal(RunReader.Read(SyntheticResults.Text(SyntheticResults.Document()), "x").Figures.Count, s.Figures.Count));
    }

    private static RecordedRun Run(int recorder, int index)
    {
        DateTimeOffset acquired = new DateTimeOffset(2026, 1, 1, 0, 0, 0, TimeSpan.Zero).AddHours((recorder * RunsEach) + index);
        return RunReader.Read(
            SyntheticResults.Text(SyntheticResults.Document(acquired: IO.IsoTimestamp.Format(acquired), emGain: 300 - (0.01 * index))),
            $"recorder{recorder}/run{index}");
    }
}
