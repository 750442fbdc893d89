namespace CamTest.Core.Diagnostics;

/// <summary>Diagnostics of the EM gain test.</summary>
[DiagnosticCatalog]
public static class EmGainDiagnostics
{
    public static readonly DiagnosticCode Incomplete = new("emGain.incomplete", DiagnosticSeverity.Warning,
        "EM gain needs both a reference and an amplified stack; skipped");

    public static readonly DiagnosticCode NoBias = new("emGain.no-bias", DiagnosticSeverity.Warning,
        "EM gain needs a bias to subtract (the session's, or one in each emGain entry); skipped");

    public static readonly DiagnosticCode NotMeasured = new("emGain.not-measured", DiagnosticSeverity.Warning,
        "EM gain not measured");
}
