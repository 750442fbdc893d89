namespace CamTest.Core.Results;

/// <summary>results.json "gain": the photon transfer fit, each level's single-point gain, and linearity.</summary>
[FigureCatalog]
public static class GainFigures
{
    public static readonly FigureDeclaration SystemGain = new("gain.systemGain", "System gain", "g", Unit.ElectronsPerAdu,
        "Electrons per ADU: the inverse slope of the photon transfer curve (temporal variance against signal) over its linear range, up to 70 % of saturation. Error: the weighted fit's, widened by the misfit when the curve is not a line.");

    public static readonly FigureDeclaration ConversionFactor = new("gain.conversionFactor", "Conversion factor", "K", Unit.AduPerElectron,
        "ADU per electron, the fitted slope itself (EMVA 1288's K, the inverse of the system gain).");

    public static readonly FigureDeclaration Intercept = new("gain.interceptAdu2", "Photon transfer intercept", "σ²_0", Unit.Adu2,
        "Variance of the fitted line at zero signal: the read (and dark) noise the fit absorbs.");

    public static readonly FigureDeclaration SinglePointGain = new("gain.singlePointGain", "Single-point gain (mean)", "g_sp", Unit.ElectronsPerAdu,
        "Mean over the fitted levels of the protocol's (mean − offset) / variance; read noise biases it low at small signals.");

    public static readonly FigureDeclaration FitChiSquarePerDof = new("gain.fit.chiSquarePerDof", "Photon transfer fit χ²/dof", "χ²/ν", Unit.One,
        "Weighted residuals of the photon transfer fit per degree of freedom: about 1 when the levels lie on a line within their errors, well above 1 when the curve bends.")
    {
        Kind = FigureKind.Number,
    };

    public static readonly FigureDeclaration FitBirgeRatio = new("gain.fit.birgeRatio", "Photon transfer error widening", "R_B", Unit.One,
        "Factor the fit's errors were widened by to cover a misfit (√(χ²/dof) when above 1, else 1).") { Kind = FigureKind.Number };

    public static readonly FigureDeclaration PointExposure = new("gain.points[].exposureMs", "Flat exposure", "t_exp", Unit.Millisecond,
        "Exposure of the flat level.") { Kind = FigureKind.Number };

    public static readonly FigureDeclaration PointMean = new("gain.points[].meanAdu", "Flat mean", "μ_y", Unit.Adu,
        "Mean grey value of the flat frames.") { Kind = FigureKind.Number };

    public static readonly FigureDeclaration PointSignal = new("gain.points[].signalAdu", "Flat signal", "μ_y − μ_y.dark", Unit.Adu,
        "Mean above the offset (the dark at the same exposure, else the bias).") { Kind = FigureKind.Number };

    public static readonly FigureDeclaration PointVariance = new("gain.points[].varianceAdu2", "Flat temporal variance", "σ²_y", Unit.Adu2,
        "Temporal variance from frame pairs, Var(A − B)/2 with the mean difference removed; its standard error is varianceStdErr.") { Kind = FigureKind.Number };

    public static readonly FigureDeclaration PointVarianceStdErr = new("gain.points[].varianceStdErr", "Flat variance standard error", "s(σ²_y)", Unit.Adu2,
        "Standard error of the level's temporal variance.") { Kind = FigureKind.Number };

    public static readonly FigureDeclaration PointGain = new("gain.points[].gainEPerAdu", "Single-point gain", "g_i", Unit.ElectronsPerAdu,
        "The protocol's (mean − offset) / variance at this level; its standard error is gainStdErr.") { Kind = FigureKind.Number };

    public static readonly FigureDeclaration PointGainStdErr = new("gain.points[].gainStdErr", "Single-point gain standard error", "s(g_i)", Unit.ElectronsPerAdu,
        "Standard error of the level's single-point gain.") { Kind = FigureKind.Number };

    public static readonly FigureDeclaration PointDeviation = new("gain.points[].deviationPercent", "Deviation from the line", "δ_i", Unit.Percent,
        "Distance of the level's variance from the fitted line, % of the line.") { Kind = FigureKind.Number };

    public static readonly FigureDeclaration Linearity = new("gain.linearity.maxDeviationPercent", "Gain linearity (largest deviation)", "δ_max", Unit.Percent,
        "Largest distance of a fitted level's variance from the photon transfer line, % of the line. Fails only when a level is beyond 1 % by more than 3 of its standard errors; no verdict when noise cannot resolve 1 %.")
    {
        Kind = FigureKind.Number,
        Criterion = ProtocolCriteria.GainLinearity,
    };

    public static readonly FigureDeclaration LinearityStdErr = new("gain.linearity.maxDeviationStdErr", "Gain linearity standard error", "s(δ_max)", Unit.Percent,
        "Standard error of the largest deviation: that level's variance error over the line, 100 s(σ²_y) / line (the line taken as exact there).") { Kind = FigureKind.Number };

    public static readonly FigureDeclaration LinearityNoiseFloor = new("gain.linearity.noiseFloorPercent", "Linearity noise floor", "δ_noise", Unit.Percent,
        "Typical relative standard error of one level's variance: deviations of this size are noise.") { Kind = FigureKind.Number };

    public static readonly FigureDeclaration LinearityLimit = new("gain.linearity.limitPercent", "Linearity limit", "δ_lim", Unit.Percent,
        "The protocol's limit on the largest deviation.") { Kind = FigureKind.Number };
}
