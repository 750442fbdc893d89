using System.Text.Json.Serialization;

namespace CamTest.Core.Results;

/// <summary>
/// results.json "diagnostics[]": one line of what the analysis has to say beside its figures, repeats of one kind
/// already collapsed into it. <see cref="Message"/> is the text also listed in "warnings[]".
/// </summary>
/// <param name="Code">Stable code (e.g. "gain.flat-saturated"): match on this, not on the wording.</param>
/// <param name="Severity">"info", "warning" or "error".</param>
/// <param name="Section">The manifest or results section it concerns, if one.</param>
/// <param name="Files">The input files it concerns, in session order (empty when none).</param>
/// <param name="ExposuresMs">The exposures of the stacks it concerns, in order (empty when none).</param>
/// <param name="Count">How many instances were collapsed into this line.</param>
public sealed record ReportedDiagnostic(
    [property: JsonPropertyName("code")] string Code,
    [property: JsonPropertyName("severity")] string Severity,
    [property: JsonPropertyName("section")] string? Section,
    [property: JsonPropertyName("files")] IReadOnlyList<string> Files,
    [property: JsonPropertyName("exposuresMs")] IReadOnlyList<double> ExposuresMs,
    [property: JsonPropertyName("count")] int Count,
    [property: JsonPropertyName("message")] string Message);
