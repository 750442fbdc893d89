using System.Globalization;
using System.Net;
using CamTest.Core.Results;

namespace CamTest.Reporting.Html;

/// <summary>Small HTML building blocks; every piece of text passes through <see cref="Encode"/>.</summary>
public static class Html
{
    public static string Encode(string? text) => WebUtility.HtmlEncode(text ?? string.Empty);

    /// <summary>"12.34 ± 0.05 e-": the value to the precision its error supports (<see cref="QuantityText"/>); "12.345 ± ? e-"
    /// with the tooltip "standard error unknown" when its error is unknown.</summary>
    public static string Format(Quantity? q) => q is null ? "—" : Shown(q, QuantityText.Of(q));

    /// <summary>A table cell: value ± standard error without the unit (the column header names it), "—" when there is
    /// no figure or it is not a number.</summary>
    public static string Estimate(Quantity? figure) =>
        figure is { } q && double.IsFinite(q.Value) ? Shown(q, QuantityText.Number(q)) : "—";

    /// <summary>
    /// A figure as shown in the report, tagged with its results.json key (<c>data-key</c>) so that a reader - or a
    /// test - can tie every number on the page to the file; a bound is "&lt; x" (the resolution limit, not a value,
    /// written as the exact number it is). A figure whose error is unknown says so in its tooltip.
    /// Null or non-finite figures give nothing: a figure that does not apply is absent, never "NaN".
    /// </summary>
    public static string Figure(FigureDeclaration figure, Quantity? q, bool bound = false)
    {
        if (q is null || !double.IsFinite(q.Value))
        {
            return "—";
        }

        string attributes = bound ? " data-bound=\"upper\""
            : QuantityText.ShowsUnknownError(q) ? $" title=\"{QuantityText.UnknownErrorMeaning}\"" : string.Empty;
        string text = bound ? QuantityText.UpperBound(q) : QuantityText.Of(q);
        return $"<span class=\"figure\" data-key=\"{Encode(figure.Key)}\"{attributes}>{Encode(text)}</span>";
    }

    /// <summary>A table column header for a figure: its declared name and unit, its meaning as the tooltip.</summary>
    public static string Column(FigureDeclaration figure) => Column(figure, figure.Unit);

    /// <summary>A column of <paramref name="figure"/> shown in <paramref name="shownIn"/>, a unit of its kind.</summary>
    public static string Column(FigureDeclaration figure, Unit shownIn) =>
        $"<th title=\"{Encode(figure.Meaning)}\">{Encode(Plots.FigureAxis.Title(figure, shownIn))}</th>";

    public static string Number(double value, string format = "G5") =>
        double.IsFinite(value) ? value.ToString(format, CultureInfo.InvariantCulture) : "—";

    /// <summary>The encoded text of <paramref name="q"/>; one whose error is unknown carries the tooltip that says so.</summary>
    private static string Shown(Quantity q, string text) =>
        QuantityText.ShowsUnknownError(q) ? $"<span title=\"{QuantityText.UnknownErrorMeaning}\">{Encode(text)}</span>" : Encode(text);

    public static string Verdict(bool? pass) => pass switch
    {
        true => "<span class=\"pass\">pass</span>",
        false => "<span class=\"fail\">fail</span>",
        null => "<span class=\"unknown\">no verdict</span>",
    };
}
