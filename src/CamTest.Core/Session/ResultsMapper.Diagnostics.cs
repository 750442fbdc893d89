using CamTest.Core.Diagnostics;
using CamTest.Core.Results;

namespace CamTest.Core.Session;

/// <summary>results.json "diagnostics" and "warnings": what the analysis raised, as the lines a reader gets.</summary>
public static partial class ResultsMapper
{
    /// <summary>diagnostics[]: one row per line of the digest (<see cref="DiagnosticDigest"/>), with every file and
    /// exposure the line stands for.</summary>
    public static IReadOnlyList<ReportedDiagnostic> Diagnostics(IEnumerable<Diagnostic> raised) =>
        [.. DiagnosticDigest.Of(raised).Select(line => new ReportedDiagnostic(
            line.First.Code.Id,
            DiagnosticDigest.SeverityText(line.First.Severity),
            line.First.Section,
            [.. line.Diagnostics.Select(d => d.File).OfType<string>().Distinct(StringComparer.Ordinal)],
            [.. line.Diagnostics.Select(d => d.ExposureMs).OfType<double>().Distinct()],
            line.Diagnostics.Count,
            line.Message))];

    /// <summary>warnings[]: the texts of the rows at <see cref="DiagnosticSeverity.Warning"/> and above.</summary>
    public static IReadOnlyList<string> Warnings(IEnumerable<ReportedDiagnostic> rows) =>
        [.. rows.Where(l => l.Severity != DiagnosticDigest.SeverityText(DiagnosticSeverity.Info)).Select(l => l.Message)];
}
