using System.Globalization;

namespace CamTest.Core.Diagnostics;

/// <summary>
/// One thing an analysis has to tell the reader beside its figures: a figure skipped, limited or less certain, and why.
/// Created from its kind (<c>GainDiagnostics.FlatSaturated.Raise(message) with { ... }</c>) and returned with the
/// section a stage produces, never added to a shared list. Where in the session it arose (<see cref="Section"/>,
/// <see cref="ExposureMs"/>) orders the report and lets repeats of one kind collapse into one line
/// (<see cref="DiagnosticDigest"/>).
/// </summary>
/// <param name="Message">The whole sentence shown when this instance stands alone (naming the file and the problem).</param>
public sealed record Diagnostic(DiagnosticCode Code, string Message)
{
    /// <summary>The manifest or results.json section it concerns ("bias", "flats", "gain", "emva", ...), if one.</summary>
    public string? Section { get; init; }

    /// <summary>The input file it concerns, as the manifest names it, if one.</summary>
    public string? File { get; init; }

    /// <summary>The exposure of the stack it concerns: the session is reported in this order, and repeats of one kind
    /// are listed by it.</summary>
    public double? ExposureMs { get; init; }

    /// <summary>What is particular to this instance, shown after its level when repeats are collapsed (e.g. "past the
    /// variance maximum"); null when the level alone says it.</summary>
    public string? Reason { get; init; }

    public DiagnosticSeverity Severity => Code.Severity;

    /// <summary>How this instance is named in a collapsed line: its exposure, else its file's name.</summary>
    public string? LevelLabel =>
        ExposureMs is double e ? string.Create(CultureInfo.InvariantCulture, $"{e:G6} ms")
        : File is { } f ? Path.GetFileName(f)
        : null;

    public override string ToString() => $"{Code.Id}: {Message}";
}
