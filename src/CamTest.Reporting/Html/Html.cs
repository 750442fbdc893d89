using System.Globalization;
using System.Net;
using CamTest.Core.Results;

namespace CamTest.Reporting.Html;

/// <summary>Small HTML building blocks; every piece of text passes through <see cref="Encode"/>.</summary>
public static class Html
{
    public static string Encode(string? text) => WebUtility.HtmlEncode(text ?? string.Empty);

    /// <summary>"12.34 ± 0.05 e-": the value to the precision its error supports.</summary>
    public static string Format(Quantity? q)
    {
        if (q is null)
        {
            return "—";
        }

        if (q.StdErr is double s && s > 0 && double.IsFinite(s))
        {
            int decimals = Math.Clamp(1 - (int)Math.Floor(Math.Log10(s)), 0, 8);
            string f = "F" + decimals.ToString(CultureInfo.InvariantCulture);
            return Encode($"{q.Value.ToString(f, CultureInfo.InvariantCulture)} ± {s.ToString(f, CultureInfo.InvariantCulture)} {q.Unit}");
        }

        return Encode($"{q.Value.ToString("G5", CultureInfo.InvariantCulture)} {q.Unit}");
    }

    public static string Number(double value, string format = "G5") =>
        double.IsFinite(value) ? value.ToString(format, CultureInfo.InvariantCulture) : "—";

    public static string Verdict(bool? pass) => pass switch
    {
        true => "<span class=\"pass\">pass</span>",
        false => "<span class=\"fail\">fail</span>",
        null => "<span class=\"unknown\">no verdict</span>",
    };
}
