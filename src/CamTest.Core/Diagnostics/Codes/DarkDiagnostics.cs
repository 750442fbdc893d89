namespace CamTest.Core.Diagnostics;

/// <summary>Diagnostics of the darks, the dark current and the hot pixels.</summary>
[DiagnosticCatalog]
public static class DarkDiagnostics
{
    public static readonly DiagnosticCode TooFewExposures = new("darkCurrent.too-few-exposures", DiagnosticSeverity.Warning,
        "dark current needs two dark exposures, or one and a bias stack; skipped");

    public static readonly DiagnosticCode AduOnly = new("darkCurrent.adu-only", DiagnosticSeverity.Warning,
        "dark current is given in ADU/pixel/s only: electrons need the gain, which needs flats");

    public static readonly DiagnosticCode HotPixelsWithoutBias = new("hotPixels.no-bias", DiagnosticSeverity.Warning,
        "hot pixels need a bias stack to subtract; skipped");

    public static readonly DiagnosticCode HotPixelsFewFrames = new("hotPixels.few-frames", DiagnosticSeverity.Warning,
        "hot pixels from fewer than 3 frames cannot be told from cosmic rays or noisy pixels by persistence");

    public static readonly DiagnosticCode NegativeRate = new("darkCurrent.negative", DiagnosticSeverity.Error,
        "the dark signal falls with exposure by more than its error: a lit or mislabelled dark, not a dark current; the rate is withheld");

    public static readonly DiagnosticCode ConsistentWithZero = new("darkCurrent.consistent-with-zero", DiagnosticSeverity.Warning,
        "the dark current came out below zero, but within its error: it is consistent with zero, and its error bounds it");

    public static readonly DiagnosticCode FitErrorsUnknown = new("darkCurrent.fit-errors-unknown", DiagnosticSeverity.Warning,
        "a dark level's variance error is unknown: the variance-against-exposure fit cannot weight it, so the noise-method rate's error is unknown");
}
