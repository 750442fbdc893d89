using System.Globalization;
using System.Text.RegularExpressions;

namespace CamTest.IO;

/// <summary>
/// ISO 8601 times as sessions and image metadata write them: a date ("2026-03-15"), or a date and time with optional
/// seconds, fraction and zone ("2026-03-15T10:04:05.25+01:00"; a space may stand for the T, as in Micro-Manager's
/// "2016-04-19 13:47:03.187 -0700"). A time without a zone is taken as UTC (FITS DATE-OBS is UTC by convention;
/// OME and Micro-Manager state no zone when they give none), a date alone as its midnight UTC.
/// </summary>
public static partial class IsoTimestamp
{
    [GeneratedRegex(@"^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:[.,](\d{1,9}))?)?)?\s*(Z|[+-]\d{2}(?::?\d{2})?)?$", RegexOptions.CultureInvariant)]
    private static partial Regex Pattern();

    /// <summary>The time <paramref name="text"/> states, or null when it is not an ISO 8601 date or date-time.</summary>
    public static DateTimeOffset? TryParse(string? text)
    {
        Match m = text is null ? Match.Empty : Pattern().Match(text.Trim());
        if (!m.Success)
        {
            return null;
        }

        int Part(int group) => m.Groups[group].Success ? int.Parse(m.Groups[group].Value, CultureInfo.InvariantCulture) : 0;
        try
        {
            var local = new DateTime(Part(1), Part(2), Part(3), Part(4), Part(5), Part(6), DateTimeKind.Unspecified);
            if (m.Groups[7].Success)
            {
                // Fractional seconds to 100 ns ticks (digits beyond the seventh are dropped).
                string digits = m.Groups[7].Value.PadRight(7, '0')[..7];
                local = local.AddTicks(long.Parse(digits, CultureInfo.InvariantCulture));
            }

            return new DateTimeOffset(local, Offset(m.Groups[8].Value));
        }
        catch (ArgumentOutOfRangeException)
        {
            return null; // 2026-02-30, 25:00 and the like
        }
    }

    /// <summary>The canonical text of a time: UTC, "yyyy-MM-ddTHH:mm:ss[.fffffff]Z" (sorts as text in time order).</summary>
    public static string Format(DateTimeOffset time) =>
        time.UtcDateTime.ToString("yyyy'-'MM'-'dd'T'HH':'mm':'ss.FFFFFFF'Z'", CultureInfo.InvariantCulture);

    private static TimeSpan Offset(string zone)
    {
        if (zone.Length == 0 || zone == "Z")
        {
            return TimeSpan.Zero;
        }

        string digits = zone[1..].Replace(":", string.Empty, StringComparison.Ordinal);
        int hours = int.Parse(digits[..2], CultureInfo.InvariantCulture);
        int minutes = digits.Length >= 4 ? int.Parse(digits[2..4], CultureInfo.InvariantCulture) : 0;
        if (hours > 14 || minutes > 59)
        {
            throw new ArgumentOutOfRangeException(nameof(zone), zone, "not a UTC offset");
        }

        var offset = new TimeSpan(hours, minutes, 0);
        return zone[0] == '-' ? -offset : offset;
    }
}
