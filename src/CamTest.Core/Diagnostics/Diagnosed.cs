namespace CamTest.Core.Diagnostics;

/// <summary>
/// What one stage of an analysis found, with the diagnostics it raised while finding it (in the order raised): a stage
/// returns its diagnostics with its section instead of adding them to a list it was handed, so the caller decides the
/// order (the session's order of stages) and no stage can touch another's.
/// </summary>
/// <param name="Value">The stage's finding: a results section, or what the next stages need; null when not measured.</param>
public sealed record Diagnosed<T>(T Value, IReadOnlyList<Diagnostic> Diagnostics);
