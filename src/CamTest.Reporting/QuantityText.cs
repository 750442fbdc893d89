using System.Globalization;
using CamTest.Core.Results;

namespace CamTest.Reporting;

/// <summary>
/// A quantity as people read it, the same in the console and the HTML report: "12.34 ± 0.05 e-", the value to the
/// precision its error supports, never in E notation. A standard error below a part per million of the value (e.g.
/// the frame rate from perfectly regular simulated timestamps, 1e-13 frames/s) is beyond any camera figure's
/// precision and shows as "&lt; x", x one unit of the value's sixth significant digit. results.json keeps the number.
/// <para>
/// Exact and unknown are told apart (issue 9: an unknown error stays unknown and is shown as such, never silently 0).
/// An exact number (error 0: a count, a limit, a criterion, a stated value) prints plainly, "42 e-". A figure whose
/// error could not be estimated (<see cref="Quantity.StdErr"/> null, or not finite) prints its value to five
/// significant digits followed by "± ?", "12.345 ± ? e-": the same place and sign a known error takes, so a reader
/// scanning a column sees at once which figure has no error bar, and the question mark reads as "not known" in every
/// language and survives plain text, the console and PDF alike. HTML adds a tooltip naming it
/// (<see cref="UnknownErrorMeaning"/>). A caller that means a number as exact gives it error 0
/// (<see cref="Quantity.Exact"/>), never a null error.
/// </para>
/// </summary>
public static class QuantityText
{
    /// <summary>Relative standard error below which it is shown only as a bound.</summary>
    public const double NegligibleRelativeError = 1e-6;

    /// <summary>What stands in the error's place when the error is unknown: "12.345 ± ? e-".</summary>
    public const string UnknownErrorMark = "± ?";

    /// <summary>The words for <see cref="UnknownErrorMark"/> (the HTML report's tooltip).</summary>
    public const string UnknownErrorMeaning = "standard error unknown";

    private const int MaxDecimals = 8;

    /// <summary>True when <paramref name="q"/> is a number whose error is unknown: shown with <see cref="UnknownErrorMark"/>.</summary>
    public static bool ShowsUnknownError(Quantity q) =>
        double.IsFinite(q.Value) && !(q.StdErr is double s && double.IsFinite(s));

    public static string Of(Quantity q) => q.Unit.Symbol.Length == 0 ? Number(q) : $"{Number(q)} {q.Unit}";

    /// <summary>"&lt; 0.30 e-": a resolution limit, not a measurement, written as the exact number it is (no error).</summary>
    public static string UpperBound(Quantity q) => $"< {Of(q with { StdErr = 0 })}";

    /// <summary>The value and its error as <see cref="Of"/> writes them, without the unit (for a table whose header names it).</summary>
    public static string Number(Quantity q)
    {
        if (ShowsUnknownError(q))
        {
            return $"{Significant(q.Value)} {UnknownErrorMark}";
        }

        // An exact number (error 0: a count, a limit) is written plainly; so is a value that is no number (NaN).
        if (q.StdErr is double s && s > 0 && double.IsFinite(s) && double.IsFinite(q.Value))
        {
            if (s < NegligibleRelativeError * Math.Abs(q.Value))
            {
                double bound = Math.Pow(10, Math.Floor(Math.Log10(Math.Abs(q.Value))) - 5);
                string f = Fixed(DecimalsOf(bound));
                return $"{Invariant(q.Value, f)} ± < {Invariant(bound, f)}";
            }

            if (s > 0)
            {
                // Two significant digits of the error, and the value to the same decimal place.
                string f = Fixed(Math.Clamp(1 - (int)Math.Floor(Math.Log10(s)), 0, MaxDecimals));
                return $"{Invariant(q.Value, f)} ± {Invariant(s, f)}";
            }
        }

        return Significant(q.Value);
    }

    /// <summary>Five significant digits, in fixed point where that stays readable (1e-8 .. 1e15).</summary>
    private static string Significant(double value)
    {
        if (value == 0 || !double.IsFinite(value) || Math.Abs(value) < 1e-8 || Math.Abs(value) >= 1e15)
        {
            return Invariant(value, "G5");
        }

        int decimals = Math.Max(0, 4 - (int)Math.Floor(Math.Log10(Math.Abs(value))));
        double rounded = Math.Round(value, Math.Min(decimals, 15));
        if (decimals == 0)
        {
            // Above 5 digits: round to 5 significant digits without switching to E notation.
            double scale = Math.Pow(10, Math.Floor(Math.Log10(Math.Abs(value))) - 4);
            rounded = Math.Round(value / scale) * scale;
        }

        return Invariant(rounded, "0.############");
    }

    private static int DecimalsOf(double powerOfTen) => Math.Clamp(-(int)Math.Round(Math.Log10(powerOfTen)), 0, MaxDecimals);

    private static string Fixed(int decimals) => "F" + decimals.ToString(CultureInfo.InvariantCulture);

    private static string Invariant(double value, string format) => value.ToString(format, CultureInfo.InvariantCulture);
}
