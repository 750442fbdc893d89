using CamTest.History.Storage;
using CamTest.IO;

namespace CamTest.History.Tests;

public sealed class HistoryTargetTests
{
    private static Func<string, string?> Env(params (string Key, string Value)[] values) =>
        key => values.FirstOrDefault(v => v.Key == key).Value;

    [Fact]
    public void The_default_is_an_sqlite_file_in_the_xdg_data_folder_else_in_local_share()
    {
        Assert.Equal("/data/camtest/history.db", HistoryTarget.Resolve(null, Env(("XDG_DATA_HOME", "/data"), ("HOME", "/home/u"))).ConnectionString);
        Assert.Equal("/home/u/.local/share/camtest/history.db", HistoryTarget.Resolve(null, Env(("HOME", "/home/u"))).ConnectionString);
        // XDG: a relative XDG_DATA_HOME is invalid and ignored.
        Assert.Equal("/home/u/.local/share/camtest/history.db", HistoryTarget.Resolve(null, Env(("XDG_DATA_HOME", "rel"), ("HOME", "/home/u"))).ConnectionString);
    }

    [Fact]
    public void Db_wins_over_camtest_db_which_wins_over_the_default()
    {
        Func<string, string?> env = Env(("CAMTEST_DB", "/env/h.db"), ("HOME", "/home/u"));

        Assert.Equal("/opt/h.db", HistoryTarget.Resolve("/opt/h.db", env).ConnectionString);
        Assert.Equal("/env/h.db", HistoryTarget.Resolve(null, env).ConnectionString);
        Assert.Equal(HistoryDatabaseKind.Sqlite, HistoryTarget.Resolve(null, env).Kind);
    }

    [Theory]
    [InlineData("Host=db.example;Database=camtest;Username=qc", "PostgreSQL qc@db.example:5432/camtest")]
    [InlineData("server=db;port=5433;database=h", "PostgreSQL db:5433/h")]
    [InlineData("postgres://qc:s%40cret@db:6543/camtest?sslmode=disable", "PostgreSQL qc@db:6543/camtest")]
    [InlineData("postgresql://db/camtest", "PostgreSQL db:5432/camtest")]
    public void Connection_strings_and_uris_name_postgresql_without_the_password(string text, string display)
    {
        HistoryTarget t = HistoryTarget.Resolve(text, Env());

        Assert.Equal(HistoryDatabaseKind.Postgres, t.Kind);
        Assert.Equal(display, t.Display);
    }

    [Fact]
    public void A_uri_password_is_unescaped_into_the_connection_string()
    {
        var b = new Npgsql.NpgsqlConnectionStringBuilder(HistoryTarget.Resolve("postgres://qc:s%40cret@db:6543/camtest?sslmode=disable", Env()).ConnectionString);

        Assert.Equal(("qc", "s@cret", "db", 6543, "camtest"), (b.Username, b.Password, b.Host, b.Port, b.Database));
        Assert.Equal(Npgsql.SslMode.Disable, b.SslMode);
    }

    [Fact]
    public void A_malformed_connection_string_is_refused_without_repeating_it()
    {
        var ex = Assert.Throws<InvalidInputException>(() => HistoryTarget.Resolve("Host=db;Password=secret;Bogus Key=1", Env()));

        Assert.StartsWith("--db: is not a valid PostgreSQL connection string", ex.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("secret", ex.Message, StringComparison.Ordinal);
    }
}
