using CamTest.Core.Results;

namespace CamTest.Reporting;

/// <summary>One line of an analysis summary: the figure, its value (null when it could not be put in electrons), and
/// the criterion and verdict where the protocol sets one.</summary>
public sealed record SummaryFigure(string Label, Quantity? Value, string? Criterion = null, bool? Pass = null)
{
    public bool HasVerdict => Criterion is not null;
}
