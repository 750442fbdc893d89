using System.Diagnostics;
using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using CamTest.TestSupport;

namespace CamTest.Cli.Tests.History;

/// <summary>
/// Eight camtest processes recording into one history at once (the threads test in CamTest.History.Tests shares a
/// process; here SQLite's file locks and PostgreSQL's transactions are exercised between processes). Each adds fifty
/// runs of its own and five of its neighbour's. About ten seconds: eight .NET processes starting on two cores.
/// </summary>
[Collection(CliHistoryDatabases.Name)]
public sealed class ParallelProcessRecordingTests(PostgresServer server)
{
    private const int Processes = 8, RunsEach = 50;

    [Theory, SqliteDatabase, PostgresDatabase]
    public void Eight_processes_adding_fifty_runs_each_store_every_run_once(string kind)
    {
        string db = HistoryDatabase.NewDb(server, kind, "processes");
        string folder = TestPaths.NewTempFolder("process-runs");
        string[][] files = [.. Enumerable.Range(0, Processes).Select(p => Enumerable.Range(0, RunsEach).Select(i => Write(folder, p, i)).ToArray())];

        Process[] recorders = [.. Enumerable.Range(0, Processes).Select(p => Start([.. files[p], .. files[(p + 1) % Processes].Take(5)], db))];
        foreach (Process recorder in recorders)
        {
            Assert.True(recorder.WaitForExit(TimeSpan.FromMinutes(3)), "a recorder did not finish");
            Assert.True(recorder.ExitCode == 0, recorder.StandardError.ReadToEnd());
            recorder.Dispose();
        }

        CliRun show = CliRun.Of("history", "show", "Parallel camera", "--json", "--db", db);
        using JsonDocument doc = JsonDocument.Parse(show.Stdout);
        string[] sources = [.. doc.RootElement.GetProperty("runs").EnumerateArray().Select(r => r.GetProperty("source").GetString()!)];
        Assert.Equal(Processes * RunsEach, sources.Length);
        Assert.Equal(files.SelectMany(f => f).Order(StringComparer.Ordinal), sources.Order(StringComparer.Ordinal));
    }

    private static Process Start(string[] files, string db)
    {
        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (string a in (string[])[Path.Combine(AppContext.BaseDirectory, "camtest.dll"), "history", "add", .. files, "--db", db])
        {
            start.ArgumentList.Add(a);
        }

        var process = Process.Start(start)!;
        process.OutputDataReceived += (_, _) => { };
        process.BeginOutputReadLine();
        return process;
    }

    private static string Write(string folder, int process, int index)
    {
        var doc = new JsonObject
        {
            ["schema"] = "camtest.results/1",
            ["camera"] = new JsonObject { ["name"] = "Parallel camera", ["sensor"] = "sCMOS" },
            ["readNoise"] = new JsonObject { ["rms"] = new JsonObject { ["value"] = 1.5 + (1e-4 * ((process * RunsEach) + index)), ["unit"] = "e-", ["stderr"] = 0.01 } },
            ["run"] = new JsonObject { ["acquired"] = new DateTimeOffset(2026, 1, 1, 0, 0, 0, TimeSpan.Zero).AddHours((process * RunsEach) + index).ToString("O", CultureInfo.InvariantCulture) },
        };
        string path = Path.Combine(folder, $"p{process}-r{index}.json");
        File.WriteAllText(path, doc.ToJsonString());
        return path;
    }
}
