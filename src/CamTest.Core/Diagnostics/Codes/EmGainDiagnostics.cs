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

    public static readonly DiagnosticCode Clipped = new("emGain.clipped", DiagnosticSeverity.Error,
        "the EM gain stacks hold pixels at the top code (or on code 0): a clipped mean gives no gain ratio; the EM gain is withheld");

    public static readonly DiagnosticCode BelowOne = new("emGain.below-one", DiagnosticSeverity.Error,
        "the EM gain came out below 1: reference and amplified stacks swapped, or the amplified one not amplified; withheld");

    public static readonly DiagnosticCode MethodsDisagree = new("emGain.methods-disagree", DiagnosticSeverity.Warning,
        "the EM gain from the noise disagrees with the EM gain from the signal ratio beyond their errors");

    public static readonly DiagnosticCode NoiseErrorUnknown = new("emGain.noise-error-unknown", DiagnosticSeverity.Info,
        "the EM gain from the noise has no standard error: the read variance it subtracts states none (a bias given as maps)");

    public static readonly DiagnosticCode FactorErrorUnknown = new("emGain.factor-error-unknown", DiagnosticSeverity.Info,
        "the EM gain from the signal ratio has no standard error: a bias it subtracts (given as maps) or a one-frame stack states none");
}
