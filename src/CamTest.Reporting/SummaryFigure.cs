using CamTest.Core.Results;

namespace CamTest.Reporting;

/// <summary>One line of an analysis summary: the figure as declared (its name, key and criterion), its value (null when
/// it could not be put in electrons), and the verdict where the protocol sets one.</summary>
/// <param name="UpperBound">The value is a resolution limit, not a measurement (a quantisation-limited read noise): shown as "&lt; x".</param>
public sealed record SummaryFigure(FigureDeclaration Figure, Quantity? Value, bool? Pass = null, bool UpperBound = false)
{
    /// <summary>The declared name, or a more specific one (the hot-pixel count names its threshold).</summary>
    public string Label { get; init; } = Figure.Name;

    /// <summary>The declared criterion's text ("≤ 1 e-"), or null when the protocol sets none.</summary>
    public string? Criterion => Figure.Criterion?.Text;

    public bool HasVerdict => Criterion is not null;

    /// <summary>The value as shown: "12.3 ± 0.4 e-", "12.3 ± ? e-" when its error is unknown, or "&lt; 0.30 e-" for a
    /// bound (the limit written as the exact number it is).</summary>
    public string Text => Value is null ? "—" : UpperBound ? QuantityText.UpperBound(Value) : QuantityText.Of(Value);
}
