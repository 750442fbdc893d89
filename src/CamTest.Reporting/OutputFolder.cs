namespace CamTest.Reporting;

/// <summary>
/// Writes a command's output files all or nothing: each file goes to a temporary name in the target folder and is
/// moved into place only when every file has been written, so a failure never leaves a half-written results.json
/// beside an old report. Files may be staged from several threads at once (each file by one).
/// </summary>
public sealed class OutputFolder
{
    private readonly List<(string Temp, string Final)> _pending = [];
    private readonly Lock _lock = new();

    public OutputFolder(string path)
    {
        Path = System.IO.Path.GetFullPath(path);
    }

    /// <summary>The folder, as a full path.</summary>
    public string Path { get; }

    /// <summary>
    /// Checks, before any work, that the folder can be created and written; returns a problem in words, or null.
    /// (Finding out after an hour's analysis that --out names a file is worse than finding out at once.)
    /// </summary>
    public static string? Problem(string path)
    {
        string full = System.IO.Path.GetFullPath(path);
        if (File.Exists(full))
        {
            return $"{full} is a file; --out needs a folder";
        }

        try
        {
            Directory.CreateDirectory(full);
            string probe = System.IO.Path.Combine(full, $".camtest-probe-{Guid.NewGuid():N}");
            File.WriteAllBytes(probe, []);
            File.Delete(probe);
            return null;
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return $"{full}: cannot write there ({ex.Message})";
        }
    }

    /// <summary>Stages a text file (UTF-8) under <paramref name="name"/>.</summary>
    public void StageText(string name, string content) =>
        Stage(name, temp => File.WriteAllText(temp, content));

    /// <summary>Stages a file written by <paramref name="write"/> to the path it is given (nothing, if it writes nothing).</summary>
    public void Stage(string name, Action<string> write)
    {
        Directory.CreateDirectory(Path);
        string final = System.IO.Path.Combine(Path, name);
        string temp = System.IO.Path.Combine(Path, $".{name}.{Guid.NewGuid():N}.tmp");
        try
        {
            write(temp);
        }
        catch
        {
            File.Delete(temp);
            Discard();
            throw;
        }

        if (File.Exists(temp))
        {
            lock (_lock)
            {
                _pending.Add((temp, final));
            }
        }
    }

    /// <summary>Moves every staged file into place.</summary>
    public void Commit()
    {
        lock (_lock)
        {
            foreach ((string temp, string final) in _pending)
            {
                File.Move(temp, final, overwrite: true);
            }

            _pending.Clear();
        }
    }

    /// <summary>Deletes every staged file (after a failure).</summary>
    public void Discard()
    {
        lock (_lock)
        {
            foreach ((string temp, _) in _pending)
            {
                File.Delete(temp);
            }

            _pending.Clear();
        }
    }
}
