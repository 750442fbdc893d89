namespace CamTest.TestSupport;

/// <summary>Where test inputs live: the repository's committed fixtures and the real data sets in ../shared/data.</summary>
public static class TestPaths
{
    /// <summary>The repository root (the folder holding CamTest.slnx), found from the test assembly's location.</summary>
    public static string RepositoryRoot { get; } = FindRepositoryRoot();

    /// <summary>Small committed fixtures written by independent tools (see tests/fixtures/README.md).</summary>
    public static string Fixtures => Path.Combine(RepositoryRoot, "tests", "fixtures");

    public static string Fixture(params string[] parts) => Path.Combine([Fixtures, .. parts]);

    /// <summary>
    /// The real camera data beside the checkout (../shared/data). Tests that need it fail with this message when it
    /// is missing, rather than passing vacuously.
    /// </summary>
    public static string SharedData(params string[] parts)
    {
        string root = Path.GetFullPath(Path.Combine(RepositoryRoot, "..", "shared", "data"));
        if (!Directory.Exists(root))
        {
            throw new DirectoryNotFoundException(
                $"the real camera data sets are expected at {root} (../shared/data beside the checkout); this test reads them");
        }

        return Path.Combine([root, .. parts]);
    }

    /// <summary>A fresh empty folder under the system temp folder, for outputs.</summary>
    public static string NewTempFolder(string name)
    {
        string path = Path.Combine(Path.GetTempPath(), "camtest-tests", $"{name}-{Guid.NewGuid():N}");
        Directory.CreateDirectory(path);
        return path;
    }

    private static string FindRepositoryRoot()
    {
        for (DirectoryInfo? dir = new(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "CamTest.slnx")))
            {
                return dir.FullName;
            }
        }

        throw new DirectoryNotFoundException($"no CamTest.slnx above {AppContext.BaseDirectory}");
    }
}
