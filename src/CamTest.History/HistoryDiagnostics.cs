using CamTest.Core.Diagnostics;

namespace CamTest.History;

/// <summary>
/// Diagnostics of the camera history: runs it refuses (exit 2, with the code after the line) and runs it keeps but
/// leaves out of the trends. Declared here, beside the code that raises them; <see cref="DiagnosticCatalog"/> finds
/// this catalog because CamTest.History references CamTest.Core.
/// </summary>
[DiagnosticCatalog]
public static class HistoryDiagnostics
{
    public static readonly DiagnosticCode NotResults = new("history.not-results", DiagnosticSeverity.Error,
        "the file is not a CamTest results.json (not JSON, or not a JSON object); the run is refused");

    public static readonly DiagnosticCode OtherSchema = new("history.other-schema", DiagnosticSeverity.Error,
        "the results are of another schema than the history reads (or state none); the run is refused");

    public static readonly DiagnosticCode NoCamera = new("history.no-camera", DiagnosticSeverity.Error,
        "the results name no camera (camera.name or camera.serial), so the history cannot tell whose run it is; refused");

    public static readonly DiagnosticCode BadTime = new("history.bad-time", DiagnosticSeverity.Error,
        "a time in the results' run record is not an ISO 8601 time; the run is refused");

    public static readonly DiagnosticCode AcquiredContradicted = new("history.acquired-contradicted", DiagnosticSeverity.Error,
        "--acquired contradicts the acquisition time the results state (--acquired is for results that do not say)");

    public static readonly DiagnosticCode NotADatabase = new("history.not-a-database", DiagnosticSeverity.Error,
        "the database named is not a CamTest history (not an SQLite file, or other tables without a schema version)");

    public static readonly DiagnosticCode NewerSchema = new("history.newer-schema", DiagnosticSeverity.Error,
        "the history was written by a newer camtest than this one; update camtest");

    public static readonly DiagnosticCode UndatedRun = new("history.undated-run", DiagnosticSeverity.Warning,
        "runs whose acquisition time is unknown, left out of the trends (record them with --acquired, or give \"acquired\" in session.json)");
}
