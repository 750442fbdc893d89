using System.Globalization;

namespace CamTest.IO.Tiff;

/// <summary>Conversion of OME time quantities (UnitsTime symbols) to milliseconds.</summary>
internal static class TimeUnit
{
    /// <summary>The value in ms, or null when the text is not a number or the unit is unknown. OME's default unit is the second.</summary>
    public static double? ToMilliseconds(string? value, string? unit)
    {
        if (value is null || !double.TryParse(value, NumberStyles.Float, CultureInfo.InvariantCulture, out double v))
        {
            return null;
        }

        double? factor = (unit ?? "s") switch
        {
            "s" => 1000,
            "ms" => 1,
            "µs" or "us" or "\u03bcs" => 1e-3,
            "ns" => 1e-6,
            "min" => 60_000,
            "h" => 3_600_000,
            _ => null,
        };
        return factor is null ? null : v * factor;
    }
}
