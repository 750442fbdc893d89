using System.Text.Json;
using System.Text.Json.Nodes;
using CamTest.TestSupport;

namespace CamTest.Cli.Tests.History;

/// <summary>A corrupt database, an unreachable server, results of another schema: exit 2, one line, nothing half-written.</summary>
public sealed class HistoryBadInputTests
{
    private static string Results(string folder, string name, string? acquired, double emGain = 300)
    {
        var doc = new JsonObject
        {
            ["schema"] = "camtest.results/1",
            ["camera"] = new JsonObject { ["name"] = "Bench EMCCD <b>&", ["sensor"] = "EMCCD", ["bitDepth"] = 16 },
            ["emGain"] = new JsonObject { ["factor"] = new JsonObject { ["value"] = emGain, ["unit"] = "x", ["stderr"] = 1.0 }, ["setPoint"] = 300 },
        };
        if (acquired is not null)
        {
            doc["run"] = new JsonObject { ["acquired"] = acquired, ["conditions"] = new JsonObject() };
        }

        string path = Path.Combine(folder, name);
        File.WriteAllText(path, doc.ToJsonString());
        return path;
    }

    [Fact]
    public void Results_of_another_schema_exit_2_naming_the_file_and_the_others_are_not_added_either()
    {
        string folder = TestPaths.NewTempFolder("schema");
        string db = Path.Combine(folder, "h.db");
        string good = Results(folder, "good.json", "2026-01-01");
        string other = Path.Combine(folder, "other.json");
        File.WriteAllText(other, "{\"schema\": \"camtest.truth/1\", \"camera\": {\"name\": \"x\"}}");

        CliRun add = CliRun.Of("history", "add", good, other, "--db", db);
        CliRun list = CliRun.Of("history", "list", "--json", "--db", db);

        SessionChecks.AssertRefused(add, "history.other-schema", other);
        Assert.Equal(0, JsonDocument.Parse(list.Stdout).RootElement.GetProperty("cameras").GetArrayLength());
    }

    [Fact]
    public void A_corrupt_database_file_exits_2_with_one_line_and_is_left_as_it_was()
    {
        string folder = TestPaths.NewTempFolder("corrupt-db");
        string db = Path.Combine(folder, "h.db");
        File.WriteAllText(db, new string('x', 5000));

        CliRun add = CliRun.Of("history", "add", Results(folder, "r.json", "2026-01-01"), "--db", db);
        CliRun list = CliRun.Of("history", "list", "--db", db);

        Assert.Equal((2, 2), (add.ExitCode, list.ExitCode));
        SessionChecks.AssertRefused(add, "history.not-a-database", db);
        Assert.Equal(new string('x', 5000), File.ReadAllText(db));
    }

    [Fact]
    public void Analyze_record_with_an_unreachable_server_fails_before_the_analysis_and_writes_nothing()
    {
        string outDir = Path.Combine(TestPaths.NewTempFolder("unreachable"), "out");

        CliRun run = CliRun.Of("analyze", "no-such-session.json", "--out", outDir, "--record", "--db", "Host=127.0.0.1;Port=1;Password=hunter2;Timeout=3");

        Assert.Equal(2, run.ExitCode);
        run.AssertOneLineError("PostgreSQL 127.0.0.1:1/");
        Assert.Contains("cannot reach the server", run.Stderr, StringComparison.Ordinal);
        Assert.DoesNotContain("hunter2", run.Stderr, StringComparison.Ordinal);
        Assert.False(Directory.Exists(outDir));
    }

    [Fact]
    public void Db_without_record_is_a_usage_error()
    {
        CliRun run = CliRun.Of("analyze", "session.json", "--out", "out", "--db", "h.db");

        Assert.Equal(2, run.ExitCode);
        run.AssertOneLineError("--db names the history that --record adds to");
    }

    [Fact]
    public void Acquired_supplies_the_time_of_old_results_and_may_not_contradict_a_stated_one()
    {
        string folder = TestPaths.NewTempFolder("acquired");
        string db = Path.Combine(folder, "h.db");
        string old = Results(folder, "old.json", acquired: null);
        string dated = Results(folder, "dated.json", "2026-02-01T00:00:00Z", emGain: 290);

        CliRun unknown = CliRun.Of("history", "add", old, "--db", db);
        CliRun conflict = CliRun.Of("history", "add", dated, "--acquired", "2026-03-01", "--db", db);
        CliRun bad = CliRun.Of("history", "add", dated, "--acquired", "March", "--db", db);
        CliRun supplied = CliRun.Of("history", "add", Results(folder, "old2.json", acquired: null, emGain: 280), "--acquired", "2026-01-01", "--db", db);
        CliRun trend = CliRun.Of("history", "trend", "Bench EMCCD <b>&", "--json", "--db", db);

        Assert.Equal(0, unknown.ExitCode);
        Assert.Contains("acquisition time unknown", unknown.Stdout, StringComparison.Ordinal);
        SessionChecks.AssertRefused(conflict, "history.acquired-contradicted", dated);
        Assert.Equal(2, bad.ExitCode);
        bad.AssertOneLineError("--acquired \"March\" is not an ISO 8601 date or time");
        Assert.Equal(0, supplied.ExitCode);
        using JsonDocument doc = JsonDocument.Parse(trend.Stdout);
        Assert.Equal(2, doc.RootElement.GetProperty("runs").GetArrayLength()); // the undated one, and the one --acquired dated
        JsonElement undated = SessionChecks.AssertDiagnostic(doc.RootElement, "history.undated-run", "old.json");
        Assert.Equal(undated.GetProperty("message").GetString(), Assert.Single(doc.RootElement.GetProperty("notes").EnumerateArray()).GetString());
        Assert.Equal(1, doc.RootElement.GetProperty("trends")[0].GetProperty("points").GetArrayLength());
    }

    [Fact]
    public void The_trend_page_escapes_the_names_it_shows()
    {
        string folder = TestPaths.NewTempFolder("escape");
        string db = Path.Combine(folder, "h.db");
        string page = Path.Combine(folder, "t.html");
        Assert.Equal(0, CliRun.Of("history", "add", Results(folder, "a.json", "2026-01-01"), Results(folder, "b.json", "2026-02-01", 299), "--db", db).ExitCode);

        CliRun run = CliRun.Of("history", "trend", "bench emccd <b>&", "--out", page, "--db", db);

        Assert.Equal(0, run.ExitCode);
        string html = File.ReadAllText(page);
        Assert.Contains("Bench EMCCD &lt;b&gt;&amp;", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<b>&", html, StringComparison.Ordinal);
    }
}
