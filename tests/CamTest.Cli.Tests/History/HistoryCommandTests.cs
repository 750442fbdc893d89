using System.Text.Json;
using CamTest.TestSupport;

namespace CamTest.Cli.Tests.History;

/// <summary>analyze --record and the history commands end to end, the same tests on SQLite and PostgreSQL.</summary>
[Collection(CliHistoryDatabases.Name)]
public sealed class HistoryCommandTests(PostgresServer server, MonthlySessions sessions) : IClassFixture<MonthlySessions>
{
    private const string Serial = "SIM-emccd-512-21";

    [Theory, SqliteDatabase, PostgresDatabase]
    public void Analyze_record_adds_the_run_and_history_add_of_the_same_results_adds_nothing(string kind)
    {
        string db = HistoryDatabase.NewDb(server, kind, "record");
        string outDir = TestPaths.NewTempFolder("record-out");

        CliRun analyze = CliRun.Of("analyze", sessions.Sessions[0], "--out", outDir, "--record", "--db", db);
        CliRun again = CliRun.Of("history", "add", Path.Combine(outDir, "results.json"), "--db", db);
        CliRun list = CliRun.Of("history", "list", "--json", "--db", db);

        Assert.True(analyze.ExitCode == 0, analyze.Stderr);
        Assert.Contains("recorded run 1: Simulated emccd-512 (seed 21) [SIM-emccd-512-21], acquired 2026-01-15T10:00:00Z", analyze.Stdout, StringComparison.Ordinal);
        Assert.Equal(0, again.ExitCode);
        Assert.Contains("already recorded as run 1", again.Stdout, StringComparison.Ordinal);
        using JsonDocument cameras = JsonDocument.Parse(list.Stdout);
        JsonElement camera = Assert.Single(cameras.RootElement.GetProperty("cameras").EnumerateArray());
        Assert.Equal(1, camera.GetProperty("runs").GetInt32());
        Assert.Equal(Serial, camera.GetProperty("camera").GetProperty("serial").GetString());
    }

    [Theory, SqliteDatabase, PostgresDatabase]
    public void Trend_json_lists_the_runs_in_date_order_with_their_figures_and_the_alarms(string kind)
    {
        string db = Record(kind, "trend-json");

        CliRun trend = CliRun.Of("history", "trend", Serial, "--json", "--db", db);

        Assert.True(trend.ExitCode == 0, trend.Stderr);
        using JsonDocument doc = JsonDocument.Parse(trend.Stdout); // stdout holds the JSON and nothing else
        JsonElement root = doc.RootElement;
        Assert.Equal(Serial, root.GetProperty("camera").GetProperty("serial").GetString());
        JsonElement[] runs = [.. root.GetProperty("runs").EnumerateArray()];
        Assert.Equal(MonthlySessions.Months, runs.Length);
        DateTimeOffset[] acquired = [.. runs.Select(r => r.GetProperty("acquired").GetDateTimeOffset())];
        Assert.Equal(acquired.Order(), acquired);
        JsonElement em = runs[0].GetProperty("figures").GetProperty("emGain.factor");
        Assert.Equal("x", em.GetProperty("unit").GetString());
        Assert.True(em.GetProperty("stderr").GetDouble() > 0);
        // "worn" shifts the bias 0.5 ADU a month: against errors of about 0.03 ADU the drift shows by the third run.
        JsonElement bias = Assert.Single(root.GetProperty("alarms").EnumerateArray(), a => a.GetProperty("figure").GetString() == "bias.level");
        Assert.Equal("drifting", bias.GetProperty("rule").GetString());
        Assert.Equal(3, bias.GetProperty("runs").GetArrayLength());
        JsonElement fit = Assert.Single(root.GetProperty("trends").EnumerateArray(), t => t.GetProperty("figure").GetString() == "bias.level").GetProperty("fit");
        // Calendar months of 28-31 days on an axis of mean months (30.44 days): the fitted rate is 0.5 ADU a month within a few %.
        Assert.InRange(fit.GetProperty("slopePerMonth").GetDouble(), 0.45, 0.55);
    }

    [Fact]
    public void The_trend_page_is_one_self_contained_file_with_a_plot_per_figure_and_the_alarms_first()
    {
        string db = Record(HistoryDatabase.Sqlite, "trend-page");
        string page = Path.Combine(TestPaths.NewTempFolder("trend-page"), "trend.html");

        CliRun run = CliRun.Of("history", "trend", Serial, "--out", page, "--db", db);

        Assert.True(run.ExitCode == 0, run.Stderr);
        Assert.Contains("ALARM drifting: bias.level", run.Stdout, StringComparison.Ordinal);
        string html = File.ReadAllText(page);
        int sections = CountOf(html, "<section class=\"trend");
        Assert.True(sections > 10, $"{sections} trend sections");
        Assert.Equal(sections, CountOf(html, "<svg class=\"trend-plot\""));
        // Every run's value of every series is a point (a figure some runs lack, such as row noise, has fewer).
        using JsonDocument trend = JsonDocument.Parse(CliRun.Of("history", "trend", Serial, "--json", "--db", db).Stdout);
        Assert.Equal(sections, trend.RootElement.GetProperty("trends").GetArrayLength());
        Assert.Equal(trend.RootElement.GetProperty("trends").EnumerateArray().Sum(t => t.GetProperty("points").GetArrayLength()), CountOf(html, "<circle class=\"mark point\""));
        Assert.True(html.IndexOf("id=\"alarms\"", StringComparison.Ordinal) < html.IndexOf("id=\"trends\"", StringComparison.Ordinal));
        Assert.Contains("data-figure=\"bias.level\" data-rule=\"drifting\"", html, StringComparison.Ordinal);
        // Nothing outside the file: no scripts, stylesheets or images fetched (the SVG namespace is a name, not a fetch).
        Assert.DoesNotContain("<script", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("<link", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("src=", html, StringComparison.OrdinalIgnoreCase);
        Assert.Equal(CountOf(html, "http://www.w3.org/2000/svg"), CountOf(html, "http"));
    }

    [Theory, SqliteDatabase, PostgresDatabase]
    public void Show_lists_a_camera_s_runs_and_an_unknown_camera_is_a_usage_error(string kind)
    {
        string db = Record(kind, "show");

        CliRun show = CliRun.Of("history", "show", "Simulated emccd-512 (seed 21)", "--db", db);
        CliRun unknown = CliRun.Of("history", "show", "no such camera", "--db", db);

        Assert.Equal(0, show.ExitCode);
        Assert.Equal(MonthlySessions.Months, CountOf(show.Stdout, "\nrun "));
        Assert.Contains("emGain.factor", show.Stdout, StringComparison.Ordinal);
        Assert.Equal(2, unknown.ExitCode);
        unknown.AssertOneLineError("no camera 'no such camera' in the history");
    }

    /// <summary>The four sessions analysed with --record into a new history; returns its --db.</summary>
    private string Record(string kind, string name)
    {
        string db = HistoryDatabase.NewDb(server, kind, name);
        foreach ((string session, int m) in sessions.Sessions.Select((s, m) => (s, m)))
        {
            CliRun run = CliRun.Of("analyze", session, "--out", Path.Combine(sessions.Folder, $"{name}-{kind}-r{m}"), "--record", "--db", db);
            Assert.True(run.ExitCode == 0, run.Stderr);
        }

        return db;
    }

    private static int CountOf(string text, string part)
    {
        int count = 0;
        for (int i = text.IndexOf(part, StringComparison.Ordinal); i >= 0; i = text.IndexOf(part, i + part.Length, StringComparison.Ordinal))
        {
            count++;
        }

        return count;
    }
}
