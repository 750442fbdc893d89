using System.Text.RegularExpressions;
using Npgsql;

namespace CamTest.History.Storage;

/// <summary>
/// PostgreSQL connection strings as users write them: Npgsql's key=value form ("Host=db;Database=camtest;Username=qc")
/// or a URI ("postgres://qc:secret@db:5432/camtest?sslmode=require"), which Npgsql does not read and is converted here.
/// </summary>
public static partial class PostgresConnection
{
    [GeneratedRegex(@"^\s*(host|server)\s*=", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex KeyValueStart();

    [GeneratedRegex(@"(^|;)\s*(host|server)\s*=", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex HostKey();

    public static bool IsConnectionString(string text) =>
        text.StartsWith("postgres://", StringComparison.OrdinalIgnoreCase)
        || text.StartsWith("postgresql://", StringComparison.OrdinalIgnoreCase)
        || KeyValueStart().IsMatch(text)
        || (text.Contains('=', StringComparison.Ordinal) && text.Contains(';', StringComparison.Ordinal) && HostKey().IsMatch(text));

    /// <summary>The Npgsql form of <paramref name="text"/>; a malformed one is an <see cref="ArgumentException"/>.</summary>
    public static string Normalise(string text)
    {
        if (!text.Contains("://", StringComparison.Ordinal))
        {
            return new NpgsqlConnectionStringBuilder(text).ConnectionString;
        }

        var uri = new Uri(text);
        var builder = new NpgsqlConnectionStringBuilder { Host = uri.Host };
        if (uri.Port > 0)
        {
            builder.Port = uri.Port;
        }

        string[] user = uri.UserInfo.Split(':', 2);
        if (user[0].Length > 0)
        {
            builder.Username = Uri.UnescapeDataString(user[0]);
        }

        if (user.Length == 2)
        {
            builder.Password = Uri.UnescapeDataString(user[1]);
        }

        string database = Uri.UnescapeDataString(uri.AbsolutePath.TrimStart('/'));
        if (database.Length > 0)
        {
            builder.Database = database;
        }

        foreach (string pair in uri.Query.TrimStart('?').Split('&', StringSplitOptions.RemoveEmptyEntries))
        {
            string[] kv = pair.Split('=', 2);
            builder[Uri.UnescapeDataString(kv[0])] = kv.Length == 2 ? Uri.UnescapeDataString(kv[1]) : string.Empty;
        }

        return builder.ConnectionString;
    }

    /// <summary>"PostgreSQL qc@db:5432/camtest": the server named in messages, never with its password.</summary>
    public static string Describe(string connectionString)
    {
        var b = new NpgsqlConnectionStringBuilder(connectionString);
        string user = string.IsNullOrEmpty(b.Username) ? string.Empty : $"{b.Username}@";
        string schema = string.IsNullOrEmpty(b.SearchPath) ? string.Empty : $" (schema {b.SearchPath})";
        return $"PostgreSQL {user}{b.Host}:{b.Port}/{b.Database ?? b.Username ?? "postgres"}{schema}";
    }
}
