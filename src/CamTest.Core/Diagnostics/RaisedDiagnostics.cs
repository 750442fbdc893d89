namespace CamTest.Core.Diagnostics;

/// <summary>
/// The diagnostics one method raises itself or takes over from the stages it runs, in order, until it returns them
/// with its finding (<see cref="With{T}"/>). Local to that method: never passed to another (the stage rule, asserted by
/// <c>StagesReturnTheirDiagnosticsTests</c>).
/// </summary>
public sealed class RaisedDiagnostics
{
    private readonly List<Diagnostic> raised;

    public RaisedDiagnostics(IEnumerable<Diagnostic>? earlier = null) => raised = [.. earlier ?? []];

    /// <summary>Everything raised so far, in order.</summary>
    public IReadOnlyList<Diagnostic> All => [.. raised];

    public void Add(Diagnostic diagnostic) => raised.Add(diagnostic);

    /// <summary>Takes over the diagnostics a stage returned in its own result record.</summary>
    public void AddRange(IEnumerable<Diagnostic> diagnostics) => raised.AddRange(diagnostics);

    /// <summary>Takes over a stage's diagnostics (after those raised so far) and gives its finding.</summary>
    public T Keep<T>(Diagnosed<T> stage)
    {
        raised.AddRange(stage.Diagnostics);
        return stage.Value;
    }

    /// <summary>The finding with everything raised on the way to it.</summary>
    public Diagnosed<T> With<T>(T value) => new(value, All);
}
