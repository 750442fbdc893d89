using System.Globalization;

namespace CamTest.Core.Calculators;

/// <summary>Checks on calculator inputs, each throwing <see cref="CalculatorInputException"/> naming the input.</summary>
internal static class CalculatorGuard
{
    public static void Finite(double value, string name)
    {
        if (!double.IsFinite(value))
        {
            throw new CalculatorInputException($"{name} must be a finite number, not {Show(value)}");
        }
    }

    public static void Positive(double value, string name)
    {
        Finite(value, name);
        if (value <= 0)
        {
            throw new CalculatorInputException($"{name} must be greater than zero, not {Show(value)}");
        }
    }

    public static void NonNegative(double value, string name)
    {
        Finite(value, name);
        if (value < 0)
        {
            throw new CalculatorInputException($"{name} cannot be negative ({Show(value)})");
        }
    }

    public static void AtLeast(double value, double minimum, string name)
    {
        Finite(value, name);
        if (value < minimum)
        {
            throw new CalculatorInputException($"{name} must be at least {Show(minimum)}, not {Show(value)}");
        }
    }

    public static string Show(double value) => value.ToString("G6", CultureInfo.InvariantCulture);
}
