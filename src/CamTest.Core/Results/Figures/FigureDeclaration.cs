using System.Diagnostics.CodeAnalysis;
using System.Text.RegularExpressions;

namespace CamTest.Core.Results;

/// <summary>
/// What a figure is, declared once: where results.json keeps it, what it is called, its symbol, its unit, what it
/// means, and the criterion it is judged by when a protocol or standard sets one. The console and the HTML report read
/// name, symbol, meaning and criterion from here. results.json's keys are the results records' JsonPropertyName
/// attributes (and the flat rows' converters); the mapper (<c>Session.ResultsMapper</c>) writes every declared
/// {value, unit, stderr} figure through <see cref="Express"/>, so its unit is the declared one or the run throws, and
/// gives fitted lines and histograms the declared units. A test (<c>ResultsJsonFollowsTheDeclarationsTests</c> in
/// CamTest.Cli.Tests) walks the demo's, an EMVA run's and a maps run's results.json and fails on a figure whose key
/// or unit no declaration states, and on a declaration whose key none of them writes.
/// Other modules declare theirs the same way in their own catalog class (<see cref="FigureCatalogAttribute"/>):
/// <code>
/// [FigureCatalog]
/// public static class EmvaFigures
/// {
///     public static readonly FigureDeclaration SystemGain = new("emva.systemGain", "System gain", "K", Unit.AduPerElectron,
///         "Slope of the temporal variance against the mean signal through the origin, up to 70 % of saturation.");
/// }
/// </code>
/// </summary>
/// <param name="Key">results.json key path, "section.key" ("gain.systemGain"); an array's elements as "points[]".</param>
/// <param name="Name">What a reader calls it ("System gain"), capitalised as a table label.</param>
/// <param name="Symbol">Its symbol in formulas ("K", "σ_r"), plain Unicode.</param>
/// <param name="Unit">The unit results.json writes it in.</param>
/// <param name="Meaning">One or two sentences: what it measures and how, for a tooltip or a glossary.</param>
public sealed partial record FigureDeclaration(string Key, string Name, string Symbol, Unit Unit, string Meaning)
{
    public string Key { get; } = KeyPattern().IsMatch(Key)
        ? Key
        : throw new ArgumentException($"'{Key}' is not a results.json key path (section.key, arrays as name[])", nameof(Key));

    /// <summary>The limit the protocol or standard sets, if any.</summary>
    public FigureCriterion? Criterion { get; init; }

    /// <summary>How results.json writes it (a {value, unit, stderr} object unless said otherwise).</summary>
    public FigureKind Kind { get; init; } = FigureKind.Quantity;

    /// <summary>The figure's own key in its object ("gainEPerAdu" for "gain.points[].gainEPerAdu"): the name the flat
    /// rows' converters write it under.</summary>
    public string JsonName => Key[(Key.LastIndexOf('.') + 1)..].Replace("[]", string.Empty, StringComparison.Ordinal);

    /// <summary>The results.json section the figure sits in ("gain" for "gain.points[].gainEPerAdu").</summary>
    public string Section => Key.Split('.')[0];

    /// <summary>
    /// <paramref name="measured"/> as this figure: in the declared unit (converted when it is the same kind, e.g. s to
    /// ms). A unit of another kind is a programming error and throws, so a figure can never be written in a unit its
    /// declaration does not state.
    /// </summary>
    /// <returns>The figure in the declared unit, spelt as declared ("DN/e-" for ADU/e-); null for no figure.</returns>
    [return: NotNullIfNotNull(nameof(measured))]
    public Quantity? Express(Quantity? measured) =>
        measured is null ? null : measured.Unit == Unit ? measured with { Unit = Unit } : measured.In(Unit);

    /// <summary>A known-exact figure of this kind (a count, a limit).</summary>
    public Quantity Exact(double value) => Quantity.Exact(value, Unit);

    public override string ToString() => $"{Key} ({Name}, {Unit.Symbol})";

    /// <summary>"gain.points[3].gainEPerAdu" as the declaration's "gain.points[].gainEPerAdu".</summary>
    public static string NormaliseKey(string key) => IndexPattern().Replace(key, "[]");

    [GeneratedRegex("^[a-z][a-zA-Z0-9]*(\\[\\])?(\\.[a-z][a-zA-Z0-9]*(\\[\\])?)*$")]
    private static partial Regex KeyPattern();

    [GeneratedRegex("\\[\\d+\\]")]
    private static partial Regex IndexPattern();
}
