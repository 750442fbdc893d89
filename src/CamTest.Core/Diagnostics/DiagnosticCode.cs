using System.Text.RegularExpressions;

namespace CamTest.Core.Diagnostics;

/// <summary>
/// A kind of diagnostic: its stable code, its severity, and the summary every instance shares. Codes are declared once,
/// as static fields of a catalog class of the area that raises them (a static class marked
/// <see cref="DiagnosticCatalogAttribute"/>), and found by <see cref="DiagnosticCatalog"/>. The code is a contract:
/// results.json carries it and tests and programs match on it, so it never changes once released; the wording may.
/// </summary>
/// <param name="Id">Stable code, "area.what-happened" in lower case (e.g. "gain.flat-saturated"): the area is the
/// results.json section or module that raises it.</param>
/// <param name="Summary">What every instance says, written to be followed by the levels it happened at when repeated
/// instances are collapsed into one line ("flat levels saturated and left out of the gain fit": "720 and 800 ms").</param>
public sealed partial record DiagnosticCode(string Id, DiagnosticSeverity Severity, string Summary)
{
    public string Id { get; } = IdPattern().IsMatch(Id)
        ? Id
        : throw new ArgumentException($"'{Id}' is not a diagnostic code: area.what-happened, lower case, digits and '-'", nameof(Id));

    /// <summary>An instance of this kind, with the whole message a reader sees when it stands alone.</summary>
    public Diagnostic Raise(string message) => new(this, message);

    /// <summary>A refusal of this kind (exit 2): the file at fault, what is wrong with it, and this code.</summary>
    public CamTest.IO.InvalidInputException Refuse(string file, string problem) => new(file, problem) { Code = Id };

    /// <summary>The same, for a refusal caused by <paramref name="inner"/> (kept for whoever debugs it; not shown).</summary>
    public CamTest.IO.InvalidInputException Refuse(string file, string problem, Exception inner) => new(file, problem, inner) { Code = Id };

    public override string ToString() => Id;

    [GeneratedRegex("^[a-z][a-zA-Z0-9]*(\\.[a-z0-9]+(-[a-z0-9]+)*)+$")]
    private static partial Regex IdPattern();
}
