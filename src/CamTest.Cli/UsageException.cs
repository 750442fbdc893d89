namespace CamTest.Cli;

/// <summary>The command line itself is wrong (bad flag value, conflicting options): exit code 2, one line.</summary>
public sealed class UsageException : Exception
{
    public UsageException(string message)
        : base(message)
    {
    }

    public UsageException()
    {
    }

    public UsageException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
