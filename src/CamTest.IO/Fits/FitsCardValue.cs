using System.Text;

namespace CamTest.IO.Fits;

/// <summary>Extracts the value field of a FITS card (columns 11-80): a quoted string or a token before the comment.</summary>
internal static class FitsCardValue
{
    public static string Parse(string field)
    {
        string trimmed = field.TrimStart();
        if (trimmed.StartsWith('\''))
        {
            return ParseQuoted(trimmed);
        }

        int slash = trimmed.IndexOf('/', StringComparison.Ordinal);
        return (slash >= 0 ? trimmed[..slash] : trimmed).Trim();
    }

    // A FITS string is delimited by single quotes, with '' standing for one quote; trailing blanks are not significant.
    private static string ParseQuoted(string text)
    {
        var value = new StringBuilder();
        for (int i = 1; i < text.Length; i++)
        {
            if (text[i] != '\'')
            {
                value.Append(text[i]);
            }
            else if (i + 1 < text.Length && text[i + 1] == '\'')
            {
                value.Append('\'');
                i++;
            }
            else
            {
                break;
            }
        }

        return value.ToString().TrimEnd();
    }
}
