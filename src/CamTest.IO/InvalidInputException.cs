namespace CamTest.IO;

/// <summary>
/// The user's data is unusable: a missing, truncated or malformed file, or a stack that cannot serve the analysis.
/// Thrown once, at the boundary where the data is validated; the CLI prints <see cref="Exception.Message"/> as one
/// line ("path: problem") and exits with code 2.
/// </summary>
public sealed class InvalidInputException : Exception
{
    public InvalidInputException(string path, string problem)
        : base($"{path}: {problem}")
    {
        FilePath = path;
        Problem = problem;
    }

    public InvalidInputException(string path, string problem, Exception inner)
        : base($"{path}: {problem}", inner)
    {
        FilePath = path;
        Problem = problem;
    }

    public InvalidInputException()
        : this("(unknown)", "invalid input")
    {
    }

    public InvalidInputException(string message)
        : this("(unknown)", message)
    {
    }

    public InvalidInputException(string message, Exception innerException)
        : this("(unknown)", message, innerException)
    {
    }

    /// <summary>The file (or manifest) at fault.</summary>
    public string FilePath { get; }

    /// <summary>What is wrong with it, in words a user can act on.</summary>
    public string Problem { get; }

    /// <summary>
    /// The stable diagnostic code of the refusal (e.g. "session.identical-frames"), when the check that raised it
    /// declares one; the CLI prints it after the line so that tests and scripts match on it, not on the wording.
    /// </summary>
    public string? Code { get; init; }
}
