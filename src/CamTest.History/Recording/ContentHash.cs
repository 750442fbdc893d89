using System.Security.Cryptography;
using System.Text;
using System.Text.Json;

namespace CamTest.History.Recording;

/// <summary>
/// The identity of a results.json document: SHA-256 of its canonical form (object keys sorted, no whitespace, numbers
/// and strings as written). The same results give the same hash however they were indented or their keys ordered,
/// so adding them twice adds nothing; any changed figure, time or condition gives another.
/// </summary>
public static class ContentHash
{
    public static string Of(JsonElement document)
    {
        var buffer = new StringBuilder();
        Canonical(document, buffer);
        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(buffer.ToString())));
    }

    private static void Canonical(JsonElement e, StringBuilder b)
    {
        switch (e.ValueKind)
        {
            case JsonValueKind.Object:
                b.Append('{');
                bool first = true;
                foreach (JsonProperty p in e.EnumerateObject().OrderBy(p => p.Name, StringComparer.Ordinal))
                {
                    b.Append(first ? string.Empty : ",").Append(JsonSerializer.Serialize(p.Name)).Append(':');
                    Canonical(p.Value, b);
                    first = false;
                }

                b.Append('}');
                break;
            case JsonValueKind.Array:
                b.Append('[');
                int i = 0;
                foreach (JsonElement item in e.EnumerateArray())
                {
                    b.Append(i++ == 0 ? string.Empty : ",");
                    Canonical(item, b);
                }

                b.Append(']');
                break;
            case JsonValueKind.String:
                b.Append(JsonSerializer.Serialize(e.GetString()));
                break;
            default:
                b.Append(e.GetRawText());
                break;
        }
    }
}
