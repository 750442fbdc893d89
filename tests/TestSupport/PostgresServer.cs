using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using Npgsql;

namespace CamTest.TestSupport;

/// <summary>
/// A PostgreSQL server for the tests that run against both history databases. It uses the server named by
/// <c>CAMTEST_TEST_POSTGRES</c> (a connection string; <c>.ci/run</c> starts one and exports it), or else starts its
/// own, as .ci/run does: Debian's postgresql package (installed with apt-get when missing and allowed), initdb in a
/// temporary folder (as the postgres user when running as root, which initdb refuses), listening on 127.0.0.1 on a
/// free port, stopped and deleted on dispose. Each test gets a fresh schema, so tests do not see each other's rows.
/// It starts only when a PostgreSQL variant first asks for it. Where no server can be had,
/// <see cref="PostgresAvailability.SkipReason"/> makes those variants report as skipped, with the reason.
/// </summary>
public sealed class PostgresServer : IDisposable
{
    public const string EnvironmentVariable = "CAMTEST_TEST_POSTGRES";

    private readonly Lazy<string> _connection;
    private string? _folder;
    private string? _binaries;
    private string? _data;

    public PostgresServer()
    {
        _connection = new Lazy<string>(Start, LazyThreadSafetyMode.ExecutionAndPublication);
    }

    /// <summary>The server's connection string (starting it on first use).</summary>
    public string ConnectionString => _connection.Value;

    /// <summary>A connection string whose search path is a new, empty schema.</summary>
    public string NewSchema(string prefix)
    {
        string schema = $"{prefix}_{Guid.NewGuid():N}"[..Math.Min(prefix.Length + 33, 60)].ToLowerInvariant();
        using (var connection = new NpgsqlConnection(ConnectionString))
        {
            connection.Open();
            using var command = new NpgsqlCommand($"CREATE SCHEMA \"{schema}\"", connection);
            command.ExecuteNonQuery();
        }

        return new NpgsqlConnectionStringBuilder(ConnectionString) { SearchPath = schema }.ConnectionString;
    }

    private string Start()
    {
        if (Environment.GetEnvironmentVariable(EnvironmentVariable) is { Length: > 0 } given)
        {
            return given;
        }

        _binaries = PostgresAvailability.FindBinaries() ?? Install();
        _folder = Path.Combine(Path.GetTempPath(), $"camtest-pg-{Guid.NewGuid():N}");
        _data = Path.Combine(_folder, "data");
        Directory.CreateDirectory(_folder);
        bool root = Environment.UserName == "root";
        if (root)
        {
            Run("chown", ["postgres:postgres", _folder]);
        }

        // Should the runner end without disposing the fixture, the server still goes with the test process.
        AppDomain.CurrentDomain.ProcessExit += (_, _) => Dispose();
        int port = FreePort();
        AsServer(Path.Combine(_binaries, "initdb"), ["-D", _data, "--auth=trust", "-U", "postgres", "--no-sync", "-E", "UTF8"], root);
        AsServer(Path.Combine(_binaries, "pg_ctl"), ["-D", _data, "-l", Path.Combine(_folder, "server.log"), "-w", "-t", "60",
            "-o", $"-c listen_addresses=127.0.0.1 -p {port} -k {_folder} -c fsync=off -c max_connections=200", "start"], root);
        return $"Host=127.0.0.1;Port={port};Username=postgres;Database=postgres";
    }

    private static string Install()
    {
        if (Environment.UserName != "root" || !File.Exists("/usr/bin/apt-get"))
        {
            throw new InvalidOperationException(PostgresAvailability.SkipReason ?? "no PostgreSQL server binaries");
        }

        // Debian's package; an apt-get update first only when the package lists do not know it yet.
        if (Run("apt-get", ["install", "-y", "-q", "postgresql"], check: false) != 0)
        {
            Run("apt-get", ["update", "-q"]);
            Run("apt-get", ["install", "-y", "-q", "postgresql"]);
        }

        return PostgresAvailability.FindBinaries() ?? throw new InvalidOperationException("apt-get installed postgresql, but no initdb is under /usr/lib/postgresql");
    }

    private static void AsServer(string program, string[] args, bool root)
    {
        if (root)
        {
            Run("runuser", ["-u", "postgres", "--", program, .. args]);
        }
        else
        {
            Run(program, args);
        }
    }

    private static int Run(string program, string[] args, bool check = true)
    {
        var start = new ProcessStartInfo(program) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (string a in args)
        {
            start.ArgumentList.Add(a);
        }

        using Process process = Process.Start(start) ?? throw new InvalidOperationException($"cannot start {program}");
        Task<string> output = process.StandardOutput.ReadToEndAsync();
        Task<string> error = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(TimeSpan.FromMinutes(10)))
        {
            process.Kill(entireProcessTree: true);
            throw new InvalidOperationException($"{program} did not finish within 10 minutes");
        }

        if (check && process.ExitCode != 0)
        {
            throw new InvalidOperationException($"{program} {string.Join(' ', args)} failed ({process.ExitCode}): {error.Result}{output.Result}");
        }

        return process.ExitCode;
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    public void Dispose()
    {
        lock (_connection)
        {
            Stop();
        }
    }

    private void Stop()
    {
        if (_data is null || _binaries is null || _folder is null || !Directory.Exists(_folder))
        {
            return;
        }

        if (File.Exists(Path.Combine(_data, "postmaster.pid")))
        {
            AsServer(Path.Combine(_binaries, "pg_ctl"), ["-D", _data, "-m", "immediate", "-w", "stop"], Environment.UserName == "root");
        }

        Directory.Delete(_folder, recursive: true);
    }
}
