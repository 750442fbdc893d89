namespace CamTest.TestSupport;

/// <summary>Where test inputs live: the repository's committed fixtures and the real data sets in ../shared/data.</summary>
public static class TestPaths
{
    /// <summary>The repository root (the folder holding CamTest.slnx), found from the test assembly's location.</summary>
    public static string RepositoryRoot { get; } = FindRepositoryRoot();

    /// <summary>Small committed fixtures written by independent tools (see tests/fixtures/README.md).</summary>
    public static string Fixtures => Path.Combine(RepositoryRoot, "tests", "fixtures");

    public static string Fixture(params string[] parts) => Path.Combine([Fixtures, .. parts]);

    /// <summary>The shared folder beside the checkout (../shared): the real data sets and the design guide.</summary>
    public static string SharedRoot { get; } = Path.GetFullPath(Path.Combine(RepositoryRoot, "..", "shared"));

    /// <summary>True when the real camera data sets sit beside the checkout (as in CI); a fresh clone has none.</summary>
    public static bool HasSharedData => Directory.Exists(Path.Combine(SharedRoot, "data"));

    /// <summary>Why a test that reads the full data sets is skipped on a checkout without them.</summary>
    public static string SharedDataMissing =>
        $"needs the real camera data sets at {Path.Combine(SharedRoot, "data")} (../shared/data beside the checkout); "
        + "the fixtures under tests/fixtures/real cover a crop of each set";

    /// <summary>
    /// A path in the real camera data beside the checkout (../shared/data). Tests that call this carry
    /// <see cref="SharedDataFactAttribute"/> or <see cref="SharedDataTheoryAttribute"/>, so they are reported skipped
    /// where the data is missing; called anyway, it fails with the reason rather than passing vacuously.
    /// </summary>
    public static string SharedData(params string[] parts)
    {
        string root = Path.Combine(SharedRoot, "data");
        return Directory.Exists(root) ? Path.Combine([root, .. parts]) : throw new DirectoryNotFoundException(SharedDataMissing);
    }

    /// <summary>
    /// A fresh empty folder for a test's outputs, inside this test run's own temp folder, which is removed when the
    /// test process exits (<see cref="TestTempRoot"/>).
    /// </summary>
    public static string NewTempFolder(string name)
    {
        string path = Path.Combine(TestTempRoot.Path, $"{name}-{Guid.NewGuid():N}");
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
