namespace CamTest.Core.Emva;

/// <summary>
/// The stable codes of what an EMVA 1288 analysis tells the user (one per kind of problem), so tests and the report's
/// diagnostics can match them without parsing the message.
/// </summary>
public static class EmvaNoteCodes
{
    /// <summary>Sets at the same point were merged (more pairs at one point).</summary>
    public const string RepeatedPoint = "emva.repeated-point";

    /// <summary>A bright point has no dark pair at its exposure; its dark level comes from the dark series.</summary>
    public const string DarkInterpolated = "emva.dark-interpolated";

    /// <summary>The photon counts give a quantum efficiency below 1 % or above 100 %.</summary>
    public const string ImplausibleQuantumEfficiency = "emva.implausible-qe";

    /// <summary>The photon counts are missing: QE and every figure in photons are not measured.</summary>
    public const string NoPhotonCounts = "emva.no-photons";

    /// <summary>No spatial set: DSNU, PRNU, spectrograms and defect histograms are not measured.</summary>
    public const string NoSpatialSet = "emva.no-spatial-set";

    /// <summary>The dark noise is below the quantisation limit: sigma_d is an upper bound.</summary>
    public const string QuantisationLimited = "emva.quantisation-limited";

    /// <summary>The brightest point is not saturated: saturation figures are lower bounds.</summary>
    public const string SaturationNotReached = "emva.saturation-not-reached";

    /// <summary>Too few dark exposures for a dark current.</summary>
    public const string NoDarkCurrent = "emva.no-dark-current";

    /// <summary>A figure that cannot be negative came out negative or below its resolution.</summary>
    public const string NotResolved = "emva.not-resolved";

    /// <summary>A fit has too few points, or bends where it should be straight.</summary>
    public const string FitQuality = "emva.fit-quality";

    /// <summary>Frames or sets that were left out (an odd frame, an extra spatial set, clipped spatial pixels).</summary>
    public const string Ignored = "emva.ignored";

    /// <summary>A spatial set's dark partner is missing or at another exposure.</summary>
    public const string SpatialDark = "emva.spatial-dark";
}
