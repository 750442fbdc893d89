namespace CamTest.Core.Diagnostics;

/// <summary>Diagnostics of the flats, the photon transfer fit and what depends on it (saturation, PRNU).</summary>
[DiagnosticCatalog]
public static class GainDiagnostics
{
    public static readonly DiagnosticCode NoGain = new("gain.none", DiagnosticSeverity.Warning,
        "no gain: without usable flats the figures stay in ADU and the electron-based verdicts are not given");

    public static readonly DiagnosticCode NoOffset = new("gain.no-offset", DiagnosticSeverity.Warning,
        "flats without a bias or matching darks: the gain comes from the slope alone");

    public static readonly DiagnosticCode FlatWithoutOffset = new("gain.flat-without-offset", DiagnosticSeverity.Warning,
        "flat levels with no bias and no dark at their exposure to subtract, left out of the gain");

    public static readonly DiagnosticCode NotMeasured = new("gain.not-measured", DiagnosticSeverity.Warning,
        "gain not measured");

    public static readonly DiagnosticCode FlatSaturated = new("gain.flat-saturated", DiagnosticSeverity.Warning,
        "flat levels saturated and left out of the gain fit");

    public static readonly DiagnosticCode NoSignal = new("gain.no-signal", DiagnosticSeverity.Warning,
        "flat levels with no signal above the offset: no single-point gain, left out of their average");

    public static readonly DiagnosticCode LinearityUnresolved = new("gain.linearity-unresolved", DiagnosticSeverity.Warning,
        "a level's variance is too uncertain to resolve the 1 % linearity criterion well");

    public static readonly DiagnosticCode CurveBent = new("gain.curve-bent", DiagnosticSeverity.Warning,
        "the photon transfer curve is not a straight line within its errors; the gain's error was widened to cover the misfit");

    public static readonly DiagnosticCode FitErrorsUnknown = new("gain.fit-errors-unknown", DiagnosticSeverity.Warning,
        "a flat level's variance error is unknown: the photon transfer fit cannot weight it, so the gain's error is unknown");

    public static readonly DiagnosticCode SaturationNotReached = new("saturation.not-reached", DiagnosticSeverity.Warning,
        "saturation not reached: the linear full well lies above the brightest flat");

    public static readonly DiagnosticCode LinearAtCapacity = new("saturation.linear-at-capacity", DiagnosticSeverity.Info,
        "the response is within 1 % of linear up to the saturation level: the linear full well is the saturation capacity");

    public static readonly DiagnosticCode PrnuNoLevel = new("prnu.no-level", DiagnosticSeverity.Warning,
        "PRNU not measured: no flat level is unsaturated and in the photon transfer fit");

    public static readonly DiagnosticCode PrnuUnresolved = new("prnu.unresolved", DiagnosticSeverity.Warning,
        "the PRNU is below what the averaged flat frames resolve");

    public static readonly DiagnosticCode PrnuNotMeasured = new("prnu.not-measured", DiagnosticSeverity.Warning,
        "PRNU not measured");
}
