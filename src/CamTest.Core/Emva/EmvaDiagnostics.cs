using CamTest.Core.Diagnostics;
using CamTest.IO;

namespace CamTest.Core.Emva;

/// <summary>
/// What an EMVA 1288 analysis tells the user, one code per kind (results.json <c>diagnostics[]</c>; warnings also in
/// <c>warnings[]</c>). Messages name the descriptor or session and its lines themselves, so no file is attached: every
/// instance stands as its own line.
/// </summary>
[DiagnosticCatalog]
public static class EmvaDiagnostics
{
    public static readonly DiagnosticCode RepeatedPoint = new("emva.repeated-point", DiagnosticSeverity.Info,
        "points taken in more than one entry: their pairs are merged");

    public static readonly DiagnosticCode DarkInterpolated = new("emva.dark-interpolated", DiagnosticSeverity.Warning,
        "bright points without a dark pair at their exposure: their dark level comes from the dark series");

    public static readonly DiagnosticCode DarkFitErrorsUnknown = new("emva.dark-fit-errors-unknown", DiagnosticSeverity.Warning,
        "a dark point's error is unknown: the dark series' lines cannot weight it, so the dark levels they give bright points without a dark pair have unknown errors");

    public static readonly DiagnosticCode ImplausibleQuantumEfficiency = new("emva.implausible-qe", DiagnosticSeverity.Warning,
        "the photon counts give a quantum efficiency below 1 % or above 100 %");

    public static readonly DiagnosticCode NoPhotonCounts = new("emva.no-photons", DiagnosticSeverity.Warning,
        "no photon counts: quantum efficiency and the figures in photons are not measured");

    public static readonly DiagnosticCode NoSpatialSet = new("emva.no-spatial-set", DiagnosticSeverity.Warning,
        "no spatial set: DSNU, PRNU, spectrograms and defect histograms are not measured");

    public static readonly DiagnosticCode QuantisationLimited = new("emva.quantisation-limited", DiagnosticSeverity.Warning,
        "the dark noise is below the quantisation limit: sigma_d is an upper bound");

    public static readonly DiagnosticCode SaturationNotReached = new("emva.saturation-not-reached", DiagnosticSeverity.Warning,
        "saturation is not reached: saturation capacity, SNR_max and dynamic range are lower bounds");

    public static readonly DiagnosticCode NotResolved = new("emva.not-resolved", DiagnosticSeverity.Warning,
        "a figure that cannot be negative came out at or below zero and is left out");

    public static readonly DiagnosticCode FitQuality = new("emva.fit-quality", DiagnosticSeverity.Warning,
        "too few points in a fit range");

    public static readonly DiagnosticCode Ignored = new("emva.ignored", DiagnosticSeverity.Warning,
        "frames, stacks or sets left out");

    /// <summary>Raised by the descriptor parser in CamTest.IO under this id (<see cref="InputNoticeIds"/>).</summary>
    public static readonly DiagnosticCode UnknownCommand = new(InputNoticeIds.EmvaUnknownCommand, DiagnosticSeverity.Warning,
        "descriptor lines with a command EMVA 1288 descriptors do not define, ignored");

    public static readonly DiagnosticCode SpatialDark = new("emva.spatial-dark", DiagnosticSeverity.Warning,
        "the bright spatial set has no dark spatial set at its exposure");

    /// <summary>An instance of <paramref name="code"/> in the emva section.</summary>
    public static Diagnostic Note(DiagnosticCode code, string message) => code.Raise(message) with { Section = "emva" };

    /// <summary>
    /// A <see cref="NotResolved"/> for one figure: its section is the figure's key ("emva.darkCurrentFromMean",
    /// "emva.prnuSplit.column"), so which figure was left out is data, not only words. One code for every figure (the
    /// code is a contract, and "came out at or below zero" is one kind of thing) with the figure as its subject.
    /// </summary>
    /// <param name="figureKey">The figure's key under results.json's <c>emva</c>.</param>
    public static Diagnostic FigureNotResolved(string figureKey, string message) => NotResolved.Raise(message) with { Section = $"emva.{figureKey}" };
}
