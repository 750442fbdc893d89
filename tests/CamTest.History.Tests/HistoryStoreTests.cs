using System.Text.Json.Nodes;
using CamTest.History.Recording;
using CamTest.History.Storage;
using CamTest.IO;
using CamTest.TestSupport;

namespace CamTest.History.Tests;

/// <summary>The store's contract, the same tests on SQLite and PostgreSQL.</summary>
[Collection(HistoryDatabases.Name)]
public sealed class HistoryStoreTests(PostgresServer server)
{
    [Theory, SqliteDatabase, PostgresDatabase]
    public void A_run_reads_back_with_its_camera_times_conditions_and_every_figure(string kind)
    {
        HistoryStore store = HistoryStore.Open(HistoryDatabases.NewTarget(server, kind, "readback"));
        RecordedRun run = RunReader.Read(SyntheticResults.Text(SyntheticResults.Document()), "results.json");

        AddOutcome outcome = Assert.Single(store.Add([run]));

        Assert.True(outcome.Added);
        CameraSummary camera = Assert.Single(store.Cameras());
        Assert.Equal(("Test camera", "SN-1", "EMCCD"), (camera.Camera.Name, camera.Camera.Serial, camera.Camera.Sensor));
        Assert.Equal(1, camera.Runs);
        StoredRun stored = Assert.Single(store.Runs(camera.Id));
        Assert.Equal(outcome.RunId, stored.Id);
        Assert.Equal(run.Acquired, stored.Acquired);
        Assert.Equal(run.Analysed, stored.Analysed);
        Assert.Equal(run.Conditions, stored.Conditions);
        Assert.Equal(run.Figures.Count, stored.Figures.Count);
        foreach (Figure f in run.Figures)
        {
            Assert.Equal(f, stored.Figures[f.Key]); // value, unit and stderr exactly (doubles stored as 8-byte floats)
        }

        Assert.Equal(run.ResultsJson, store.ResultsJson(outcome.RunId)); // what compare will read
        Assert.Null(store.ResultsJson(outcome.RunId + 1000));
    }

    [Theory, SqliteDatabase, PostgresDatabase]
    public void Adding_the_same_results_twice_adds_nothing_and_names_the_run_it_is(string kind)
    {
        HistoryStore store = HistoryStore.Open(HistoryDatabases.NewTarget(server, kind, "twice"));
        string json = SyntheticResults.Text(SyntheticResults.Document());
        RecordedRun first = RunReader.Read(json, "a/results.json");
        RecordedRun again = RunReader.Read(JsonNode.Parse(json)!.ToJsonString(), "b/results.json"); // same content, other layout

        AddOutcome added = store.Add([first])[0];
        IReadOnlyList<AddOutcome> second = store.Add([again, again]);

        Assert.All(second, o => Assert.False(o.Added));
        Assert.All(second, o => Assert.Equal(added.RunId, o.RunId));
        Assert.Equal(1, Assert.Single(store.Cameras()).Runs);
    }

    [Theory, SqliteDatabase, PostgresDatabase]
    public void A_serial_identifies_the_camera_whatever_the_session_calls_it_and_cameras_are_found_by_serial_name_or_number(string kind)
    {
        HistoryStore store = HistoryStore.Open(HistoryDatabases.NewTarget(server, kind, "identity"));
        store.Add([
            RunReader.Read(SyntheticResults.Text(SyntheticResults.Document("iXon A", "X-100", "2026-01-01")), "1"),
            RunReader.Read(SyntheticResults.Text(SyntheticResults.Document("iXon A (renamed)", "X-100", "2026-02-01")), "2"),
            RunReader.Read(SyntheticResults.Text(SyntheticResults.Document("Prime", null, "2026-02-01")), "3"),
        ]);

        Assert.Equal(2, store.Cameras().Count);
        CameraSummary ixon = Assert.Single(store.FindCameras("x-100"));
        Assert.Equal(2, ixon.Runs);
        Assert.Equal(new DateTimeOffset(2026, 1, 1, 0, 0, 0, TimeSpan.Zero), ixon.FirstAcquired);
        Assert.Equal(new DateTimeOffset(2026, 2, 1, 0, 0, 0, TimeSpan.Zero), ixon.LastAcquired);
        CameraSummary prime = Assert.Single(store.FindCameras("PRIME"));
        Assert.Equal(prime.Id, Assert.Single(store.FindCameras($"#{prime.Id}")).Id);
        Assert.Empty(store.FindCameras("nothing of the kind"));
    }

    [Theory, SqliteDatabase, PostgresDatabase]
    public void Runs_come_back_in_the_order_they_were_acquired_with_unknown_times_last(string kind)
    {
        HistoryStore store = HistoryStore.Open(HistoryDatabases.NewTarget(server, kind, "order"));
        string[] times = ["2026-05-01", "2026-01-01", "2026-03-01"];
        store.Add([.. times.Select((t, i) => RunReader.Read(SyntheticResults.Text(SyntheticResults.Document(acquired: t, emGain: 300 - i)), t))]);
        store.Add([RunReader.Read(SyntheticResults.Text(SyntheticResults.Document(acquired: null, emGain: 200)), "undated")]);

        IReadOnlyList<StoredRun> runs = store.Runs(store.Cameras()[0].Id);

        Assert.Equal(["2026-01-01", "2026-03-01", "2026-05-01", "undated"], runs.Select(r => r.Source));
    }

    [Theory, SqliteDatabase]
    public void Undated_runs_of_one_file_name_are_each_named_in_the_trend_notes(string kind)
    {
        // Every analysis writes results.json in its own folder: the notes line must tell the runs apart by id.
        HistoryStore store = HistoryStore.Open(HistoryDatabases.NewTarget(server, kind, "undated-names"));
        store.Add([RunReader.Read(SyntheticResults.Text(SyntheticResults.Document(acquired: "2026-01-01", emGain: 300)), "dated/results.json")]);
        store.Add([RunReader.Read(SyntheticResults.Text(SyntheticResults.Document(acquired: null, emGain: 200)), "a/results.json")]);
        store.Add([RunReader.Read(SyntheticResults.Text(SyntheticResults.Document(acquired: null, emGain: 210)), "b/results.json")]);
        CameraSummary camera = Assert.Single(store.Cameras());
        IReadOnlyList<StoredRun> runs = store.Runs(camera.Id);

        CamTest.History.Trends.CameraTrend trend = CamTest.History.Trends.TrendAnalysis.Build(camera.Camera, runs, CamTest.History.Trends.TrendSettings.Default);

        string note = Assert.Single(trend.Notes);
        foreach (StoredRun undated in runs.Where(r => r.Acquired is null))
        {
            Assert.Contains($"run {undated.Id}", note);
        }
    }

    [Theory, SqliteDatabase, PostgresDatabase]
    public void A_batch_with_a_run_that_cannot_be_stored_stores_none_of_them(string kind)
    {
        HistoryTarget target = HistoryDatabases.NewTarget(server, kind, "batch");
        HistoryStore store = HistoryStore.Open(target);
        RecordedRun good = RunReader.Read(SyntheticResults.Text(SyntheticResults.Document(emGain: 290)), "good");
        RecordedRun bad = RunReader.Read(SyntheticResults.Text(SyntheticResults.Document(emGain: 280)), "bad") with { Source = null! }; // NOT NULL column

        Assert.Throws<InvalidInputException>(() => store.Add([good, bad]));

        Assert.Empty(store.Cameras()); // the camera row went with the transaction too
    }

    [Theory, SqliteDatabase, PostgresDatabase]
    public void Migrations_apply_in_order_once_and_a_failing_one_leaves_the_schema_as_it_was(string kind)
    {
        HistoryTarget target = HistoryDatabases.NewTarget(server, kind, "migrate");
        HistoryStore.Open(target);
        Migration extra = new(2, "an index", _ => ["CREATE INDEX figures_by_name ON figures (figure)"]);
        Migration broken = new(3, "half a change", _ => ["CREATE TABLE half (x INTEGER)", "THIS IS NOT SQL"]);

        HistoryStore.Open(target, [.. SchemaMigrations.All, extra]);
        HistoryStore.Open(target, [.. SchemaMigrations.All, extra]); // applied already: nothing to do
        Assert.Throws<InvalidInputException>(() => HistoryStore.Open(target, [.. SchemaMigrations.All, extra, broken]));

        // Version 3 rolled back whole: its first table is not there, so a fixed version 3 creating it applies cleanly.
        HistoryStore store = HistoryStore.Open(target, [.. SchemaMigrations.All, extra, broken with { Statements = _ => ["CREATE TABLE half (x INTEGER)"] }]);
        var ex = Assert.Throws<InvalidInputException>(() => HistoryStore.Open(target));
        Assert.Contains("newer camtest (history schema 3; this one knows up to 1)", ex.Message, StringComparison.Ordinal);
        Assert.Equal(HistoryDiagnostics.NewerSchema.Id, ex.Code);
        Assert.Empty(store.Cameras());
    }
}
