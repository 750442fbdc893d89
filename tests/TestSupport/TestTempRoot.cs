using System.Diagnostics;

namespace CamTest.TestSupport;

/// <summary>
/// One temp folder per test process (TMP/camtest-tests/run-PID-GUID), removed when the assembly's tests have run
/// (<see cref="CleanupTestFramework"/>) or, failing that, when the process exits, so a test run leaves nothing behind.
/// A run that was killed cannot clean up after itself: the next run removes the folders of runs whose process is gone.
/// </summary>
public static class TestTempRoot
{
    private const string Prefix = "run-";

    private static readonly Lazy<string> Root = new(Create);

    /// <summary>This process's temp folder, created on first use.</summary>
    public static string Path => Root.Value;

    /// <summary>Removes this process's temp folder, if one was made (the end of a test assembly's run: <see cref="CleanupTestFramework"/>).</summary>
    public static void Remove()
    {
        if (Root.IsValueCreated)
        {
            TryDelete(Root.Value);
        }
    }

    private static string Create()
    {
        string parent = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "camtest-tests");
        RemoveAbandoned(parent);
        string path = System.IO.Path.Combine(parent, $"{Prefix}{Environment.ProcessId}-{Guid.NewGuid():N}");
        Directory.CreateDirectory(path);
        AppDomain.CurrentDomain.ProcessExit += (_, _) => TryDelete(path);
        return path;
    }

    /// <summary>Folders of earlier runs whose process no longer exists (killed or crashed before its exit handler ran).</summary>
    private static void RemoveAbandoned(string parent)
    {
        if (!Directory.Exists(parent))
        {
            return;
        }

        foreach (string folder in Directory.EnumerateDirectories(parent, Prefix + "*"))
        {
            string[] parts = System.IO.Path.GetFileName(folder).Split('-');
            if (parts.Length == 3 && int.TryParse(parts[1], out int pid) && !IsRunning(pid))
            {
                TryDelete(folder);
            }
        }
    }

    private static bool IsRunning(int pid)
    {
        try
        {
            using var process = Process.GetProcessById(pid);
            return !process.HasExited;
        }
        catch (ArgumentException)
        {
            return false;
        }
    }

    private static void TryDelete(string path)
    {
        try
        {
            Directory.Delete(path, recursive: true);
        }
        catch (IOException)
        {
            // A file still open elsewhere: the next run removes the folder once this process is gone.
        }
        catch (UnauthorizedAccessException)
        {
        }
    }
}
