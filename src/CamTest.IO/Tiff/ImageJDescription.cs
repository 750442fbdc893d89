using System.Globalization;
using System.Text.RegularExpressions;

namespace CamTest.IO.Tiff;

/// <summary>
/// ImageJ's ImageDescription: "ImageJ=1.53c\nimages=5000\nframes=5000\nspacing=0.5\nunit=micron\n...".
/// <c>images</c> counts every plane of a hyperstack (channels x slices x frames).
/// </summary>
internal sealed partial class ImageJDescription
{
    private readonly Dictionary<string, string> _values;

    private ImageJDescription(Dictionary<string, string> values) => _values = values;

    public static bool IsImageJ(string? description) => description is not null && description.StartsWith("ImageJ=", StringComparison.Ordinal);

    public static ImageJDescription Parse(string description)
    {
        var values = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (string line in description.Split('\n'))
        {
            int eq = line.IndexOf('=', StringComparison.Ordinal);
            if (eq > 0)
            {
                values.TryAdd(line[..eq].Trim(), UnicodeEscape().Replace(line[(eq + 1)..].Trim(), m => ((char)int.Parse(m.Groups[1].Value, NumberStyles.HexNumber, CultureInfo.InvariantCulture)).ToString()));
            }
        }

        return new ImageJDescription(values);
    }

    /// <summary>The number of planes ImageJ says it wrote, or null when absent or not a positive number.</summary>
    public long? Images =>
        _values.TryGetValue("images", out string? text) && long.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out long n) && n > 0 ? n : null;

    /// <summary>The facts worth keeping: hyperstack shape, voxel spacing, frame interval and unit.</summary>
    public IEnumerable<KeyValuePair<string, string>> Properties()
    {
        foreach (string key in (string[])["ImageJ", "images", "channels", "slices", "frames", "spacing", "finterval", "unit"])
        {
            if (_values.TryGetValue(key, out string? value))
            {
                yield return new(key, value);
            }
        }
    }

    [GeneratedRegex(@"\\u([0-9A-Fa-f]{4})")]
    private static partial Regex UnicodeEscape();
}
