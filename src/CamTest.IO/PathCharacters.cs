using System.Buffers;
using System.Globalization;
using System.Text;

namespace CamTest.IO;

/// <summary>
/// File names taken from user-written text (session manifests, EMVA descriptors) are checked for characters no path
/// may hold (NUL everywhere; more on Windows) before the runtime's path functions throw on them.
/// </summary>
internal static class PathCharacters
{
    private static readonly SearchValues<char> Invalid = SearchValues.Create(Path.GetInvalidPathChars());

    public static bool AreValid(string path) => !path.AsSpan().ContainsAny(Invalid);

    /// <summary><paramref name="text"/> with control characters written as \uXXXX, so a message stays one printable line.</summary>
    public static string Printable(string text)
    {
        var builder = new StringBuilder(text.Length);
        foreach (char c in text)
        {
            builder.Append(char.IsControl(c) ? string.Create(CultureInfo.InvariantCulture, $"\\u{(int)c:X4}") : c.ToString());
        }

        return builder.ToString();
    }
}
