using System.Collections.Concurrent;
using System.Diagnostics;

namespace CamTest.TestSupport;

/// <summary>
/// The outside programs some tests run (an independent reader such as tifffile, BeanShell, Chromium), found or
/// installed: on a fresh Debian machine the README's test command installs what is missing from Debian's packages
/// when it runs as root with apt-get, so nothing has to be installed by hand. Where that is not possible the test is
/// skipped with the reason, never passed vacuously. Each set of packages is tried once per test process; concurrent
/// test processes wait for each other on dpkg's lock.
/// </summary>
public static class DebianTools
{
    private static readonly ConcurrentDictionary<string, Lazy<string?>> Attempts = new(StringComparer.Ordinal);

    /// <summary>Null when every file exists (after installing <paramref name="packages"/> if one was missing); otherwise why not.</summary>
    public static string? Ensure(string packages, params string[] files) =>
        Ensure(packages, () => files.All(File.Exists), $"needs {string.Join(", ", files.Where(f => !File.Exists(f)))}");

    /// <summary>Null when /usr/bin/python3 imports every module (installing python3-MODULE packages if not); otherwise why not.</summary>
    public static string? EnsurePython(params string[] modules)
    {
        string packages = string.Join(' ', modules.Prepend("python3").Select(m => m == "python3" ? m : $"python3-{m}"));
        return Ensure(packages, () => PythonImports(modules), $"needs /usr/bin/python3 with {string.Join(", ", modules)}");
    }

    private static string? Ensure(string packages, Func<bool> present, string need)
    {
        if (present())
        {
            return null;
        }

        return Attempts.GetOrAdd(packages, p => new Lazy<string?>(() => Install(p) && present() ? null : $"{need} (apt-get install {p}; installing it here failed or was not allowed)")).Value;
    }

    private static bool Install(string packages)
    {
        if (!File.Exists("/usr/bin/apt-get") || Environment.UserName != "root")
        {
            return false;
        }

        // The package lists of a fresh machine may be empty: update once and retry when the first attempt fails.
        return Run("/usr/bin/apt-get", $"install -y -q -o DPkg::Lock::Timeout=900 --no-install-recommends {packages}")
            || (Run("/usr/bin/apt-get", "update -q -o DPkg::Lock::Timeout=900")
                && Run("/usr/bin/apt-get", $"install -y -q -o DPkg::Lock::Timeout=900 --no-install-recommends {packages}"));
    }

    private static bool PythonImports(string[] modules) =>
        File.Exists("/usr/bin/python3") && Run("/usr/bin/python3", $"-c \"import {string.Join(", ", modules)}\"");

    private static bool Run(string program, string arguments)
    {
        var start = new ProcessStartInfo(program, arguments) { RedirectStandardOutput = true, RedirectStandardError = true };
        start.Environment["DEBIAN_FRONTEND"] = "noninteractive";
        using Process process = Process.Start(start)!;
        // Drain both pipes so a chatty apt-get cannot block on a full buffer.
        Task<string> output = process.StandardOutput.ReadToEndAsync();
        Task<string> errors = process.StandardError.ReadToEndAsync();
        process.WaitForExit();
        Task.WaitAll(output, errors);
        return process.ExitCode == 0;
    }
}
