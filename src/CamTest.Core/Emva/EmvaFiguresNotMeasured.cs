namespace CamTest.Core.Emva;

/// <summary>Figures the data did not allow, and why: the analysis's own form of results.json's <c>emva.notMeasured[]</c>
/// (written by <c>ResultsMapper.Emva</c>).</summary>
/// <param name="Figures">The figures' keys under results.json's <c>emva</c>.</param>
/// <param name="Reason">What the data would need, or what went wrong.</param>
public sealed record EmvaFiguresNotMeasured(IReadOnlyList<string> Figures, string Reason);
