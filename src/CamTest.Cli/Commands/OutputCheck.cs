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

    /// <summary>A single output file, named by <paramref name="option"/>, whose folder exists and can be written.</summary>
    public static void File(string option, string path)
    {
        if (OutputFile.Problem(path) is string problem)
        {
            throw new UsageException($"{option} {problem}");
        }
    }
}
