using System.Diagnostics;
using System.Text.RegularExpressions;
using CamTest.TestSupport;

namespace CamTest.Cli.Tests;

/// <summary>
/// camtest packs as a .NET tool and installs from the packed folder alone (no network: a nuget.config listing only
/// that folder), as the README's install commands do. The slowest test here (pack and install, about 30-60 s on the
/// 2-core machine), kept to this one.
/// </summary>
public partial class ToolInstallTests
{
    [Fact]
    public void The_packed_tool_installs_into_a_tool_path_and_runs_version_and_demo()
    {
        string work = TestPaths.NewTempFolder("tool");
        string packages = Path.Combine(work, "packages"), tools = Path.Combine(work, "tools");
        string project = Path.Combine(TestPaths.RepositoryRoot, "src", "CamTest.Cli", "CamTest.Cli.csproj");
        string version = VersionElement().Match(File.ReadAllText(project)).Groups[1].Value;
        Assert.NotEmpty(version);

        // Pack what this test run was built from (its configuration), without building or restoring again.
        string configuration = AppContext.BaseDirectory.Contains($"{Path.DirectorySeparatorChar}Debug{Path.DirectorySeparatorChar}", StringComparison.Ordinal) ? "Debug" : "Release";
        Run(Dotnet, "pack", project, "-c", configuration, "--no-build", "-o", packages);
        Assert.True(File.Exists(Path.Combine(packages, $"camtest.{version}.nupkg")));

        // Only the local folder as a source, so the install works offline.
        string config = Path.Combine(work, "nuget.config");
        File.WriteAllText(config, $"<?xml version=\"1.0\" encoding=\"utf-8\"?>\n<configuration><packageSources><clear /><add key=\"local\" value=\"{packages}\" /></packageSources></configuration>\n");
        // A package cache of the test's own: a camtest of the same version cached by an earlier run must not stand in for this one.
        RunWithCache(Path.Combine(work, "nuget-cache"), Dotnet, "tool", "install", "--tool-path", tools, "--configfile", config, "--add-source", packages, "camtest", "--version", version);

        string camtest = Path.Combine(tools, OperatingSystem.IsWindows() ? "camtest.exe" : "camtest");
        Assert.StartsWith(version, Run(camtest, "--version").Trim(), StringComparison.Ordinal);
        string demo = Path.Combine(work, "demo");
        string output = Run(camtest, "demo", "--out", demo);
        Assert.Contains("measured against the simulator's truth", output, StringComparison.Ordinal);
        Assert.True(File.Exists(Path.Combine(demo, "results", "results.json")));
        Assert.True(File.Exists(Path.Combine(demo, "results", "report.html")));
    }

    /// <summary>The dotnet that runs these tests (DOTNET_HOST_PATH, set by the .NET CLI), else the one on PATH.</summary>
    private static string Dotnet => Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") ?? "dotnet";

    private static string Run(string program, params string[] args) => RunWithCache(null, program, args);

    private static string RunWithCache(string? packageCache, string program, params string[] args)
    {
        var start = new ProcessStartInfo(program) { RedirectStandardOutput = true, RedirectStandardError = true };
        if (packageCache is not null)
        {
            start.Environment["NUGET_PACKAGES"] = packageCache;
        }

        foreach (string a in args)
        {
            start.ArgumentList.Add(a);
        }

        // The tool's launcher finds the runtime through DOTNET_ROOT when dotnet is not in a default location.
        string? root = Path.GetDirectoryName(Dotnet);
        if (!string.IsNullOrEmpty(root) && Environment.GetEnvironmentVariable("DOTNET_ROOT") is null)
        {
            start.Environment["DOTNET_ROOT"] = root;
        }

        start.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
        start.Environment["DOTNET_NOLOGO"] = "1";
        using Process process = Process.Start(start)!;
        Task<string> stderr = process.StandardError.ReadToEndAsync();
        string stdout = process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        Assert.True(process.ExitCode == 0, $"{program} {string.Join(' ', args)} exited {process.ExitCode}:\n{stdout}\n{stderr.Result}");
        return stdout;
    }

    [GeneratedRegex("<Version>([^<]+)</Version>")]
    private static partial Regex VersionElement();
}
