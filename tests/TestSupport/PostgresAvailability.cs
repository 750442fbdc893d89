namespace CamTest.TestSupport;

/// <summary>Whether the PostgreSQL variants of the history tests can run here, and if not, why (their skip reason).</summary>
public static class PostgresAvailability
{
    /// <summary>Null when a server is given or can be started (or installed); else the reason the variants are skipped.</summary>
    public static string? SkipReason { get; } = Reason();

    /// <summary>The newest /usr/lib/postgresql/N/bin holding initdb, or null.</summary>
    public static string? FindBinaries()
    {
        const string root = "/usr/lib/postgresql";
        return Directory.Exists(root)
            ? Directory.GetDirectories(root)
                .Select(d => Path.Combine(d, "bin"))
                .Where(b => File.Exists(Path.Combine(b, "initdb")) && File.Exists(Path.Combine(b, "pg_ctl")))
                .OrderByDescending(b => int.TryParse(Path.GetFileName(Path.GetDirectoryName(b)), out int v) ? v : 0)
                .FirstOrDefault()
            : null;
    }

    private static string? Reason()
    {
        if (Environment.GetEnvironmentVariable(PostgresServer.EnvironmentVariable) is { Length: > 0 } || FindBinaries() is not null)
        {
            return null;
        }

        if (Environment.UserName == "root" && File.Exists("/usr/bin/apt-get"))
        {
            return null; // the fixture installs Debian's postgresql package
        }

        return $"PostgreSQL variant skipped: no server given ({PostgresServer.EnvironmentVariable}), no initdb under /usr/lib/postgresql, and no root apt-get to install Debian's postgresql package";
    }
}
