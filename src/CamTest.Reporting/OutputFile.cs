namespace CamTest.Reporting;

/// <summary>
/// The single-file counterpart of <see cref="OutputFolder.Problem"/>: checks, before any work, that an output file
/// (a plot, a binned stack) can be written where it is asked for.
/// </summary>
public static class OutputFile
{
    /// <summary>Returns a problem in words, or null: the path must not be a folder and its folder must exist and be writable.</summary>
    public static string? Problem(string path)
    {
        string full = Path.GetFullPath(path);
        if (Directory.Exists(full))
        {
            return $"{full} is a folder; a file name is needed";
        }

        string? parent = Path.GetDirectoryName(full);
        if (parent is null || !Directory.Exists(parent))
        {
            return $"{full}: folder {parent} does not exist";
        }

        try
        {
            // A probe, as OutputFolder does: a read-only folder is better found now than after the work is done.
            string probe = Path.Combine(parent, $".camtest-probe-{Guid.NewGuid():N}");
            File.WriteAllBytes(probe, []);
            File.Delete(probe);
            return null;
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return $"{full}: cannot write there ({ex.Message})";
        }
    }
}
