namespace CamTest.Core.Calculators;

/// <summary>
/// A calculator input is physically impossible (negative exposure, zero gain, NA above the medium's index).
/// The message names the input and the problem in words a user can act on; the CLI prints it as a usage error.
/// </summary>
public sealed class CalculatorInputException : Exception
{
    public CalculatorInputException(string message)
        : base(message)
    {
    }

    public CalculatorInputException()
    {
    }

    public CalculatorInputException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
