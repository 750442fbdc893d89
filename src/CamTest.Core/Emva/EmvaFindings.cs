using CamTest.Core.Analysis;
using CamTest.Core.Results;

namespace CamTest.Core.Emva;

/// <summary>
/// What <see cref="EmvaAnalysis"/> measured, each figure once, in the analysis's own terms (grey values as ADU, photons
/// and electrons per pixel). results.json's <c>emva</c> is written from it by <c>Session.ResultsMapper.Emva</c>,
/// which also gives the standard's other expressions of the same figures (DN, %, dB and bits, per µm², 1/K).
/// </summary>
/// <param name="Source">The descriptor file or session the data came from.</param>
/// <param name="TopCode">The ADC's top code.</param>
/// <param name="SystemGain">K, ADU/e-, fitted over <paramref name="SystemGainFit"/>.</param>
/// <param name="Points">The bright points with their darks, in the fit's order.</param>
/// <param name="Darks">The dark levels, by exposure.</param>
/// <param name="Saturation">The R4 saturation point among <paramref name="Points"/>.</param>
/// <param name="DarkNoise">sigma_y.dark and sigma_d.</param>
/// <param name="SensitivityThreshold">mu_e.min, e-.</param>
/// <param name="SaturationCapacity">mu_e.sat, e-.</param>
/// <param name="SnrMax">sqrt(mu_e.sat).</param>
/// <param name="DynamicRange">mu_e.sat / mu_e.min.</param>
/// <param name="NotMeasured">What the data did not allow, and why.</param>
public sealed record EmvaFindings(
    string Source,
    double TopCode,
    int Width,
    int Height,
    Quantity SystemGain,
    EmvaPointRange SystemGainFit,
    IReadOnlyList<EmvaPoint> Points,
    IReadOnlyList<EmvaLevel> Darks,
    SaturationPoint.Found Saturation,
    EmvaDarkNoise DarkNoise,
    Quantity SensitivityThreshold,
    Quantity SaturationCapacity,
    Quantity SnrMax,
    Quantity DynamicRange,
    IReadOnlyList<EmvaFiguresNotMeasured> NotMeasured)
{
    /// <summary>The pixel's side, µm, when given: the per-area figures need it.</summary>
    public double? PixelSizeUm { get; init; }

    /// <summary>R, ADU/photon; null without photon counts.</summary>
    public Quantity? Responsivity { get; init; }

    /// <summary>eta, electrons per photon; null without photon counts.</summary>
    public Quantity? QuantumEfficiency { get; init; }

    /// <summary>mu_p.min, photons; null without photon counts.</summary>
    public Quantity? SensitivityThresholdPhotons { get; init; }

    /// <summary>mu_p.sat, photons; null without photon counts.</summary>
    public Quantity? SaturationCapacityPhotons { get; init; }

    /// <summary>The linearity fit; null when the points allow none.</summary>
    public EmvaLinearity? Linearity { get; init; }

    /// <summary>The dark current fits; null with too few dark exposures.</summary>
    public EmvaDarkCurrent? DarkCurrent { get; init; }

    /// <summary>Dark current from the mean, e-/s; null when not measured or negative.</summary>
    public Quantity? DarkCurrentFromMean { get; init; }

    /// <summary>Dark current from the variance, e-/s; null when not measured or negative.</summary>
    public Quantity? DarkCurrentFromVariance { get; init; }

    /// <summary>DSNU, PRNU, spectrograms and histograms; null without spatial sets.</summary>
    public EmvaSpatialResult? Spatial { get; init; }
}
