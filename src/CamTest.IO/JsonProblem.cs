using System.Text.Json;
using System.Text.RegularExpressions;

namespace CamTest.IO;

/// <summary>
/// A <see cref="JsonException"/> from reading a user's JSON file, in the words of the JSON they wrote: the line and
/// key, and the kind of value expected, never .NET type names (System.Int32, Nullable`1, CamTest.Simulation...).
/// </summary>
public static partial class JsonProblem
{
    /// <param name="what">What the file should be, e.g. "session manifest".</param>
    /// <param name="knownKeys">The keys the file may hold, named when an unknown one is found.</param>
    public static string Describe(JsonException ex, string what, string knownKeys)
    {
        string message = ex.Message;
        int cut = message.IndexOf(" Path:", StringComparison.Ordinal);
        if (cut > 0)
        {
            message = message[..cut];
        }

        message = ContainedInType().Replace(message, string.Empty);
        message = ConvertedTo().Replace(message, m => $"wrong kind of value (expected {Kind(m.Groups[1].Value)})");
        message = message.Replace("could not be mapped to any .NET member.", $"is not a known key (known: {knownKeys})", StringComparison.Ordinal);
        message = Words(message);
        string where = ex.LineNumber is long line ? $" at line {line + 1}" : string.Empty;
        string key = string.IsNullOrEmpty(ex.Path) || ex.Path == "$" ? string.Empty : $" ({ex.Path})";
        return $"not a valid {what}{where}{key}: {message}";
    }

    /// <summary>Any .NET type name left in a message, in words (a last resort for messages not matched above).</summary>
    public static string Words(string message) => TypeName().Replace(message, m => Kind(m.Value));

    /// <summary>A .NET type name in the words of the JSON a user writes.</summary>
    private static string Kind(string typeName) => typeName switch
    {
        _ when typeName.Contains("[]", StringComparison.Ordinal) || typeName.Contains("List", StringComparison.Ordinal) => "a list",
        _ when typeName.Contains("Double", StringComparison.Ordinal) || typeName.Contains("Single", StringComparison.Ordinal) => "a number",
        _ when IntegerType().IsMatch(typeName) => "a whole number",
        _ when typeName.Contains("Boolean", StringComparison.Ordinal) => "true or false",
        _ when typeName.Contains("String", StringComparison.Ordinal) => "text",
        _ when typeName.Contains("DateTime", StringComparison.Ordinal) || typeName.Contains("DateOnly", StringComparison.Ordinal) => "a date (ISO 8601)",
        _ => "an object",
    };

    [GeneratedRegex(@"The JSON value could not be converted to (\S+?)\.?$")]
    private static partial Regex ConvertedTo();

    [GeneratedRegex(@" contained in type '[^']*'")]
    private static partial Regex ContainedInType();

    [GeneratedRegex(@"(U?Int(16|32|64)|Byte)")]
    private static partial Regex IntegerType();

    /// <summary>System.X, System.Nullable`1[System.X], CamTest.Y.Z and generic forms of them; never part of a path.</summary>
    [GeneratedRegex(@"(?<![\w/\\.-])(System|CamTest)(\.[A-Za-z_]\w*)+(`\d+(\[[^\]]*\])?)?(\[\])?(?![\w/\\])")]
    private static partial Regex TypeName();
}
