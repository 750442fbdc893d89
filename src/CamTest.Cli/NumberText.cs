using System.Globalization;
using System.Numerics;

namespace CamTest.Cli;

/// <summary>
/// How camtest reads a number a user typed: invariant culture (a dot for decimals) whatever the machine's locale,
/// finite, and never with a comma: "1,18" read with the comma as a thousands separator is 118, a figure 100x off
/// that nothing would flag, so a comma is refused with the dot form suggested.
/// </summary>
public static class NumberText
{
    /// <summary>Reads <paramref name="text"/> given for <paramref name="option"/>; the problem in one line when it is no number of type T.</summary>
    public static bool TryRead<T>(string option, string text, out T value, out string? problem)
        where T : struct, INumber<T>, IMinMaxValue<T>
    {
        value = default;
        problem = null;
        string trimmed = text.Trim();
        bool whole = typeof(T) != typeof(double) && typeof(T) != typeof(float);
        if (trimmed.Contains(',', StringComparison.Ordinal))
        {
            problem = whole || trimmed.Count(c => c == ',') > 1
                ? $"{option} '{text}': write numbers without separators ({trimmed.Replace(",", string.Empty, StringComparison.Ordinal)})"
                : $"{option} '{text}': write decimals with a dot ({trimmed.Replace(',', '.')}); camtest reads numbers the same in every locale";
            return false;
        }

        NumberStyles style = whole ? NumberStyles.AllowLeadingSign : NumberStyles.Float;
        if (T.TryParse(trimmed, style, CultureInfo.InvariantCulture, out value) && (whole || double.IsFinite(double.CreateChecked(value))))
        {
            return true;
        }

        problem = whole
            ? $"{option} '{text}' is not a whole number{(T.IsZero(T.MinValue) ? " (0 or more)" : string.Empty)}"
            : $"{option} '{text}' is not a number (write it like 1.18 or 2e-3)";
        return false;
    }
}
