namespace CamTest.Core.Diagnostics;

/// <summary>One line a reader gets (<see cref="DiagnosticDigest"/>): diagnostics of one kind, in session order, and the
/// message that stands for them all (the one message, or the kind's summary listing the levels).</summary>
/// <param name="Diagnostics">The diagnostics the line stands for; the first gives the code, severity and section.</param>
public sealed record DiagnosticLine(IReadOnlyList<Diagnostic> Diagnostics, string Message)
{
    public Diagnostic First => Diagnostics[0];
}
