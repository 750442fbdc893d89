using CamTest.Reporting;

namespace CamTest.Cli.Commands;

/// <summary>
/// Output paths checked before any work, as usage errors: a bad --out found after an hour's simulation (or after
/// the demo has started printing) is worse than one found at once.
/// </summary>
public static class OutputCheck
{
    /// <summary>An output folder (created if missing) that can be written.</summary>
    public static void Folder(string path)
    {
        if (OutputFolder.Problem(path) is string problem)
        {
            throw new UsageException(problem);
        }
    }

    /// <summary>
    /// An earlier run's results are a record the user may still need (and may have edited or cited): replaced only
    /// when asked (--force), as simulate and plan never overwrite, and checked before the analysis starts.
    /// </summary>
    public static void NoEarlierRun(string outDir, bool force, params string[] names)
    {
        string[] earlier = [.. names.Where(name => System.IO.File.Exists(Path.Combine(outDir, name)))];
        if (earlier.Length > 0 && !force)
        {
            throw new UsageException($"{outDir} already holds {string.Join(" and ", earlier)} from an earlier run; add --force to replace them, or choose another --out folder");
        }
    }

    /// <summary>A single output file, named by <paramref name="option"/>, whose folder exists and can be written.</summary>
    public static void File(string option, string path)
    {
        if (OutputFile.Problem(path) is string problem)
        {
            throw new UsageException($"{option} {problem}");
        }
    }
}
