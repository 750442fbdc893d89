namespace CamTest.Core.Analysis;

/// <summary>
/// The data cannot support an analysis (too few levels, all saturated, no signal). The session runner turns this
/// into a warning and skips the analysis, or into an input error when nothing else can be analysed.
/// </summary>
public sealed class InsufficientDataException : Exception
{
    public InsufficientDataException(string message)
        : base(message)
    {
    }

    public InsufficientDataException()
    {
    }

    public InsufficientDataException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
