using CamTest.Reporting;
using CamTest.TestSupport;
using Xunit;

namespace CamTest.Cli.Tests;

/// <summary><c>camtest maps</c> stages its files from two threads at once; every one of them must be committed, or discarded.</summary>
public sealed class OutputFolderTests
{
    [Fact]
    public void Files_staged_from_several_threads_at_once_are_all_committed()
    {
        string path = Path.Combine(TestPaths.NewTempFolder("output-folder"), "out");
        var folder = new OutputFolder(path);
        // Four threads each staging 250 files: without the folder's lock, concurrent additions to its list of staged
        // files can be lost (or throw), and a lost one is never moved into place.
        Parallel.For(0, 4, new ParallelOptions { MaxDegreeOfParallelism = 4 }, t =>
        {
            for (int i = 0; i < 250; i++)
            {
                folder.StageText($"f{t}_{i}.txt", "x");
            }
        });
        folder.Commit();
        Assert.Equal(1000, Directory.GetFiles(path, "f*.txt").Length);
        Assert.Empty(Directory.GetFiles(path, ".*.tmp"));
    }

    [Fact]
    public void Discard_after_staging_from_several_threads_leaves_no_file()
    {
        string path = Path.Combine(TestPaths.NewTempFolder("output-folder"), "out");
        var folder = new OutputFolder(path);
        Parallel.For(0, 4, t => folder.StageText($"f{t}.txt", "x"));
        folder.Discard();
        Assert.Empty(Directory.GetFiles(path));
    }
}
