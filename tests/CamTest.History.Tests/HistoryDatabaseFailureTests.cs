using CamTest.History.Storage;
using CamTest.IO;
using CamTest.TestSupport;

namespace CamTest.History.Tests;

/// <summary>A database that is not a history, or cannot be reached, is one clear message naming it, and is left untouched.</summary>
public sealed class HistoryDatabaseFailureTests
{
    [Fact]
    public void A_file_that_is_not_an_sqlite_database_is_refused_and_left_unchanged()
    {
        string path = Path.Combine(TestPaths.NewTempFolder("corrupt"), "history.db");
        byte[] junk = [.. Enumerable.Range(0, 4096).Select(i => (byte)(i * 7))];
        File.WriteAllBytes(path, junk);

        var ex = Assert.Throws<InvalidInputException>(() => HistoryStore.Open(HistoryTarget.Sqlite(path)));

        Assert.Equal($"{path}: is not a CamTest history database (not an SQLite file)", ex.Message);
        Assert.Equal(HistoryDiagnostics.NotADatabase.Id, ex.Code);
        Assert.Equal(junk, File.ReadAllBytes(path));
    }

    [Fact]
    public void An_sqlite_database_of_another_program_is_not_taken_over()
    {
        string path = Path.Combine(TestPaths.NewTempFolder("foreign"), "other.db");
        using (var c = new Microsoft.Data.Sqlite.SqliteConnection($"Data Source={path};Pooling=False"))
        {
            c.Open();
            using var command = c.CreateCommand();
            command.CommandText = "CREATE TABLE addresses (name TEXT)";
            command.ExecuteNonQuery();
        }

        var ex = Assert.Throws<InvalidInputException>(() => HistoryStore.Open(HistoryTarget.Sqlite(path)));

        Assert.Contains("holds other tables but no schema_version: not a CamTest history database", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_database_in_a_folder_that_does_not_exist_is_refused_before_anything_is_created()
    {
        string folder = Path.Combine(TestPaths.NewTempFolder("nofolder"), "missing");

        var ex = Assert.Throws<InvalidInputException>(() => HistoryStore.Open(HistoryTarget.Sqlite(Path.Combine(folder, "h.db"))));

        Assert.Contains("does not exist", ex.Message, StringComparison.Ordinal);
        Assert.False(Directory.Exists(folder));
    }

    [Fact]
    public void The_default_history_is_made_in_the_data_folder_on_first_use()
    {
        string data = TestPaths.NewTempFolder("xdg");
        HistoryTarget target = HistoryTarget.Resolve(null, key => key == "XDG_DATA_HOME" ? data : null);

        HistoryStore.Open(target);

        Assert.True(File.Exists(Path.Combine(data, "camtest", "history.db")));
    }

    [Fact]
    public void An_unreachable_postgresql_server_is_named_without_its_password()
    {
        // Port 1 on the loopback: nothing listens there, the connection is refused at once.
        HistoryTarget target = HistoryTarget.Resolve("Host=127.0.0.1;Port=1;Username=qc;Password=secret;Database=camtest;Timeout=3");

        var ex = Assert.Throws<InvalidInputException>(() => HistoryStore.Open(target));

        Assert.StartsWith("PostgreSQL qc@127.0.0.1:1/camtest: cannot reach the server", ex.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("secret", ex.Message, StringComparison.Ordinal);
        Assert.DoesNotContain('\n', ex.Message);
    }
}
