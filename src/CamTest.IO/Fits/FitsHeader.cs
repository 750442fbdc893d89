using System.Globalization;

namespace CamTest.IO.Fits;

/// <summary>
/// The keyword cards of one FITS header unit, in file order, with typed accessors. Values keep their FITS text
/// form until asked for: strings without quotes, logicals as T/F, numbers as written ('D' exponents allowed).
/// </summary>
public sealed class FitsHeader
{
    private readonly Dictionary<string, string> _values;

    internal FitsHeader(IReadOnlyList<KeyValuePair<string, string>> cards, long dataOffset)
    {
        Cards = cards;
        DataOffset = dataOffset;
        _values = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (KeyValuePair<string, string> card in cards)
        {
            // FITS forbids duplicates; when a writer repeats a keyword anyway, the first one wins, as in astropy.
            _values.TryAdd(card.Key, card.Value);
        }
    }

    /// <summary>Value cards in file order (COMMENT, HISTORY and blank cards are left out).</summary>
    public IReadOnlyList<KeyValuePair<string, string>> Cards { get; }

    /// <summary>Byte offset of the data that follows this header (the end of its last 2880-byte block).</summary>
    public long DataOffset { get; }

    public bool Contains(string keyword) => _values.ContainsKey(keyword);

    public string? GetString(string keyword) => _values.GetValueOrDefault(keyword);

    public double? GetDouble(string keyword) =>
        _values.TryGetValue(keyword, out string? text) ? ParseNumber(text) : null;

    public long? GetInteger(string keyword)
    {
        double? value = GetDouble(keyword);
        return value is { } v && v == Math.Floor(v) && Math.Abs(v) < 9.2e18 ? (long)v : null;
    }

    public bool? GetLogical(string keyword) => GetString(keyword) switch
    {
        "T" => true,
        "F" => false,
        _ => null,
    };

    /// <summary>Parses a FITS number: integers, decimals, and exponents written with E or D (Fortran style).</summary>
    public static double? ParseNumber(string text)
    {
        string normalised = text.Trim().Replace('D', 'E').Replace('d', 'e');
        return double.TryParse(normalised, NumberStyles.Float, CultureInfo.InvariantCulture, out double value)
            ? value
            : null;
    }
}
