using CamTest.Core.Diagnostics;

namespace CamTest.Core.Results;

/// <summary>
/// What a command raised, as every command writes it: "diagnostics[]" one row per line of the digest
/// (<see cref="DiagnosticDigest"/>: repeats collapsed, in session order) and "warnings[]" the texts of the rows at
/// <see cref="DiagnosticSeverity.Warning"/> and above. analyze, emva, calc, profile, inspect and history trend all
/// write it from here, so one set of diagnostics reads the same whichever command raised it.
/// </summary>
public sealed record DiagnosticReport(IReadOnlyList<ReportedDiagnostic> Diagnostics, IReadOnlyList<string> Warnings)
{
    public static DiagnosticReport Of(IEnumerable<Diagnostic> raised)
    {
        IReadOnlyList<ReportedDiagnostic> rows = [.. DiagnosticDigest.Of(raised).Select(line => new ReportedDiagnostic(
            line.First.Code.Id,
            DiagnosticDigest.SeverityText(line.First.Severity),
            line.First.Section,
            [.. line.Diagnostics.Select(d => d.File).OfType<string>().Distinct(StringComparer.Ordinal)],
            [.. line.Diagnostics.Select(d => d.ExposureMs).OfType<double>().Distinct()],
            line.Diagnostics.Count,
            line.Message))];
        return new DiagnosticReport(rows, [.. rows.Where(l => l.Severity != DiagnosticDigest.SeverityText(DiagnosticSeverity.Info)).Select(l => l.Message)]);
    }
}
