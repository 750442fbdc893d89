using CamTest.Core.Results;

namespace CamTest.Core.Emva;

/// <summary>
/// Every headline figure of the EMVA 1288 R4 Linear data sheet, declared once (results.json key under <c>emva</c>,
/// name, symbol, unit as written, meaning), in the standard's order: sensitivity and noise, saturation and dynamics,
/// linearity, dark current, non-uniformity. <see cref="All"/> pairs each with where its value sits in an
/// <see cref="EmvaSection"/>; the data sheet and the console read them from here.
/// </summary>
[FigureCatalog]
public static class EmvaFigures
{
    public static readonly FigureDeclaration QuantumEfficiency = new("emva.quantumEfficiency", "Quantum efficiency", "η", Unit.Percent,
        "Electrons per photon at the light's wavelength, R / K.");

    public static readonly FigureDeclaration SystemGain = new("emva.systemGain", "System gain", "K", Dn(Unit.AduPerElectron),
        "Grey values per electron: the slope of the photon transfer curve through the origin up to 70 % of saturation.");

    public static readonly FigureDeclaration InverseSystemGain = new("emva.inverseSystemGain", "Inverse system gain", "1/K", Dn(Unit.ElectronsPerAdu),
        "Electrons per grey value.");

    public static readonly FigureDeclaration Responsivity = new("emva.responsivity", "Responsivity", "R", Dn(Unit.Adu / Unit.Photon),
        "Grey values per photon: the slope of the sensitivity curve through the origin.");

    public static readonly FigureDeclaration DarkNoiseAdu = new("emva.darkNoiseAdu", "Temporal dark noise", "σ_y.dark", Dn(Unit.Adu),
        "Dark noise in grey values as measured, at zero exposure.");

    public static readonly FigureDeclaration TemporalDarkNoise = new("emva.temporalDarkNoise", "Temporal dark noise", "σ_d", Unit.Electron,
        "Dark noise in electrons with the quantisation noise taken off (an upper bound when quantisation-limited).");

    public static readonly FigureDeclaration SensitivityThreshold = new("emva.sensitivityThreshold", "Absolute sensitivity threshold", "μ_e.min", Unit.Electron,
        "Electrons giving SNR = 1, Release 4 form √(σ²_y.dark/K² + 1/4) + 1/2.");

    public static readonly FigureDeclaration SensitivityThresholdPhotons = new("emva.sensitivityThresholdPhotons", "Absolute sensitivity threshold", "μ_p.min", Unit.Photon,
        "Photons per pixel giving SNR = 1, μ_e.min / η.");

    public static readonly FigureDeclaration SensitivityThresholdPerArea = new("emva.sensitivityThresholdPerArea", "Absolute sensitivity threshold per area", "μ_p.min.area", Unit.Photon / Unit.Micrometre.Pow(2),
        "Photons per µm² giving SNR = 1.");

    public static readonly FigureDeclaration SaturationCapacity = new("emva.saturationCapacity", "Saturation capacity", "μ_e.sat", Unit.Electron,
        "Electrons at saturation (R4 rule: variance maximum or 0.1 % of pixels at the top code).");

    public static readonly FigureDeclaration SaturationCapacityPhotons = new("emva.saturationCapacityPhotons", "Saturation irradiation", "μ_p.sat", Unit.Photon,
        "Photons per pixel at saturation.");

    public static readonly FigureDeclaration SaturationCapacityPerArea = new("emva.saturationCapacityPerArea", "Saturation irradiation per area", "μ_p.sat.area", Unit.Photon / Unit.Micrometre.Pow(2),
        "Photons per µm² at saturation.");

    public static readonly FigureDeclaration SnrMax = new("emva.snrMax", "Maximum signal-to-noise ratio", "SNR_max", Unit.One,
        "√μ_e.sat.");

    public static readonly FigureDeclaration SnrMaxDb = new("emva.snrMaxDb", "Maximum signal-to-noise ratio", "SNR_max", Unit.Decibel,
        "SNR_max in decibels, 20 log10.");

    public static readonly FigureDeclaration SnrMaxBits = new("emva.snrMaxBits", "Maximum signal-to-noise ratio", "SNR_max", Unit.Bits,
        "SNR_max in bits, log2.");

    public static readonly FigureDeclaration DynamicRange = new("emva.dynamicRange", "Dynamic range", "DR", Unit.One,
        "μ_e.sat / μ_e.min.");

    public static readonly FigureDeclaration DynamicRangeDb = new("emva.dynamicRangeDb", "Dynamic range", "DR", Unit.Decibel,
        "DR in decibels, 20 log10.");

    public static readonly FigureDeclaration DynamicRangeBits = new("emva.dynamicRangeBits", "Dynamic range", "DR", Unit.Bits,
        "DR in bits, log2.");

    public static readonly FigureDeclaration LinearityError = new("emva.linearityError", "Linearity error", "LE", Unit.Percent,
        "(LE_max − LE_min) / 2 over 5–95 % of saturation (Release 4).");

    public static readonly FigureDeclaration LinearityErrorMin = new("emva.linearityErrorMin", "Linearity error, minimum", "LE_min", Unit.Percent,
        "Largest deviation below the weighted line.");

    public static readonly FigureDeclaration LinearityErrorMax = new("emva.linearityErrorMax", "Linearity error, maximum", "LE_max", Unit.Percent,
        "Largest deviation above the weighted line.");

    public static readonly FigureDeclaration DarkCurrentFromMean = new("emva.darkCurrentFromMean", "Dark current (from mean)", "μ_I.mean", Unit.Electron / Unit.Second,
        "Growth of the dark mean with exposure, over K.");

    public static readonly FigureDeclaration DarkCurrentFromVariance = new("emva.darkCurrentFromVariance", "Dark current (from variance)", "μ_I.var", Unit.Electron / Unit.Second,
        "Growth of the dark variance with exposure, over K².");

    public static readonly FigureDeclaration Dsnu = new("emva.dsnu", "Dark signal non-uniformity", "DSNU_1288", Unit.Electron,
        "Spatial standard deviation of the averaged dark image, temporal noise taken off.");

    public static readonly FigureDeclaration DsnuColumn = new("emva.dsnuSplit.column", "DSNU, column part", "DSNU_col", Unit.Electron,
        "Column-to-column part of DSNU.");

    public static readonly FigureDeclaration DsnuRow = new("emva.dsnuSplit.row", "DSNU, row part", "DSNU_row", Unit.Electron,
        "Row-to-row part of DSNU.");

    public static readonly FigureDeclaration DsnuPixel = new("emva.dsnuSplit.pixel", "DSNU, pixel part", "DSNU_pixel", Unit.Electron,
        "Pixel-to-pixel part of DSNU.");

    public static readonly FigureDeclaration DsnuHighPass = new("emva.dsnuSplit.highPass", "DSNU, highpassed", "DSNU_hp", Unit.Electron,
        "DSNU after the Release 4 highpass filter.");

    public static readonly FigureDeclaration Prnu = new("emva.prnu", "Photo-response non-uniformity", "PRNU_1288", Unit.Percent,
        "Spatial standard deviation of the response, percent of the mean signal.");

    public static readonly FigureDeclaration PrnuColumn = new("emva.prnuSplit.column", "PRNU, column part", "PRNU_col", Unit.Percent,
        "Column-to-column part of PRNU.");

    public static readonly FigureDeclaration PrnuRow = new("emva.prnuSplit.row", "PRNU, row part", "PRNU_row", Unit.Percent,
        "Row-to-row part of PRNU.");

    public static readonly FigureDeclaration PrnuPixel = new("emva.prnuSplit.pixel", "PRNU, pixel part", "PRNU_pixel", Unit.Percent,
        "Pixel-to-pixel part of PRNU.");

    public static readonly FigureDeclaration PrnuHighPass = new("emva.prnuSplit.highPass", "PRNU, highpassed", "PRNU_hp", Unit.Percent,
        "PRNU after the Release 4 highpass filter.");

    public static readonly FigureDeclaration PointExposure = new("emva.points[].exposureS", "Exposure", "t_exp", Unit.Second,
        "Exposure time of the point's image pairs.") { Kind = FigureKind.Number };

    public static readonly FigureDeclaration PointPhotons = new("emva.points[].photonsPerPixel", "Irradiation", "μ_p", Unit.Photon,
        "Mean number of photons a pixel collects during the exposure, from the irradiance, pixel area, wavelength and exposure.") { Kind = FigureKind.Number };

    public static readonly FigureDeclaration PointPairs = new("emva.points[].pairs", "Pairs", "n_pairs", Unit.One,
        "Image pairs averaged at the point (repeated points merge theirs).") { Kind = FigureKind.Count };

    public static readonly FigureDeclaration PointSignal = new("emva.points[].signalDn", "Signal less dark", "μ_y − μ_y.dark", Dn(Unit.Adu),
        "Mean grey value less the dark's at the same exposure (interpolated between dark exposures when none matches).");

    public static readonly FigureDeclaration PointSignalVariance = new("emva.points[].signalVarianceDn2", "Temporal variance less dark", "σ²_y − σ²_y.dark", Dn(Unit.Adu2),
        "Temporal variance from the pairs (Release 4) less the dark's at the same exposure.");

    public static readonly FigureDeclaration PointSnr = new("emva.points[].snr", "SNR", "SNR", Unit.One,
        "Signal-to-noise ratio at the point, (μ_y − μ_y.dark) / σ_y.");

    // The section's other figures: the same figures in the standard's other units, the points' and darks' rows, and the
    // splits' totals. Declared here so results.json's every figure has a declaration; not on the data sheet (All).

    public static readonly FigureDeclaration DarkNoiseLimitAdu = new("emva.darkNoiseLimitAdu", "Temporal dark noise, resolvable limit", "σ_y.dark,min", Dn(Unit.Adu),
        "√0.24 DN: the smallest dark noise Release 4 accepts as resolved; when quantisation-limited the measured dark noise is below it and σ_d is an upper bound.");

    public static readonly FigureDeclaration SensitivityThresholdElectronsPerArea = new("emva.sensitivityThresholdElectronsPerArea", "Absolute sensitivity threshold per area (electrons)", "μ_e.min.area", Unit.Electron / Unit.Micrometre.Pow(2),
        "Electrons per µm² giving SNR = 1, μ_e.min over the pixel area.");

    public static readonly FigureDeclaration SaturationCapacityElectronsPerArea = new("emva.saturationCapacityElectronsPerArea", "Saturation capacity per area", "μ_e.sat.area", Unit.Electron / Unit.Micrometre.Pow(2),
        "Electrons per µm² at saturation, μ_e.sat over the pixel area.");

    public static readonly FigureDeclaration InverseSnrMax = new("emva.inverseSnrMax", "Inverse maximum signal-to-noise ratio", "1/SNR_max", Unit.Percent,
        "1 / SNR_max in percent: the smallest relative change of the signal the camera resolves at saturation.");

    public static readonly FigureDeclaration DarkCurrentFromMeanDn = new("emva.darkCurrentFromMeanDn", "Dark current (from mean, DN)", "dμ_y.dark/dt", Dn(Unit.Adu / Unit.Second),
        "Growth of the dark mean with exposure in grey values, before dividing by K.");

    public static readonly FigureDeclaration DsnuDn = new("emva.dsnuDn", "Dark signal non-uniformity (DN)", "DSNU_1288.DN", Dn(Unit.Adu),
        "DSNU in grey values, before dividing by K.");

    public static readonly FigureDeclaration DsnuTotal = new("emva.dsnuSplit.total", "DSNU, total", "DSNU_1288", Unit.Electron,
        "The DSNU the split's parts make up (emva.dsnu).");

    public static readonly FigureDeclaration PrnuTotal = new("emva.prnuSplit.total", "PRNU, total", "PRNU_1288", Unit.Percent,
        "The PRNU the split's parts make up (emva.prnu).");

    public static readonly FigureDeclaration PointMean = new("emva.points[].meanDn", "Mean grey value", "μ_y", Dn(Unit.Adu),
        "Mean grey value of the point's image pairs.");

    public static readonly FigureDeclaration PointVariance = new("emva.points[].varianceDn2", "Temporal variance", "σ²_y", Dn(Unit.Adu2),
        "Temporal variance from the point's pairs, Release 4 (the difference of the two means removed).");

    public static readonly FigureDeclaration PointDarkMean = new("emva.points[].darkMeanDn", "Dark mean grey value", "μ_y.dark", Dn(Unit.Adu),
        "Mean grey value of the dark at the point's exposure (interpolated when none matches).");

    public static readonly FigureDeclaration PointDarkVariance = new("emva.points[].darkVarianceDn2", "Dark temporal variance", "σ²_y.dark", Dn(Unit.Adu2),
        "Temporal variance of the dark at the point's exposure.");

    public static readonly FigureDeclaration PointLinearityDeviation = new("emva.points[].linearityDeviationPercent", "Linearity deviation", "δ_y", Unit.Percent,
        "The point's deviation from the weighted linearity line, percent of the line (absent outside the linearity fit's points).");

    public static readonly FigureDeclaration DarkPointMean = new("emva.darkPoints[].meanDn", "Dark mean grey value", "μ_y.dark", Dn(Unit.Adu),
        "Mean grey value of a dark level's pairs.");

    public static readonly FigureDeclaration DarkPointVariance = new("emva.darkPoints[].varianceDn2", "Dark temporal variance", "σ²_y.dark", Dn(Unit.Adu2),
        "Temporal variance of a dark level's pairs.");

    /// <summary>Each data-sheet declaration with its value in a section, in the data sheet's order (the points'
    /// columns above are the method table's, not the data sheet's).</summary>
    public static IReadOnlyList<EmvaFigure> All { get; } =
    [
        new(QuantumEfficiency, s => s.QuantumEfficiency),
        new(SystemGain, s => s.SystemGain),
        new(InverseSystemGain, s => s.InverseSystemGain),
        new(Responsivity, s => s.Responsivity),
        new(DarkNoiseAdu, s => s.DarkNoiseAdu),
        new(TemporalDarkNoise, s => s.TemporalDarkNoise),
        new(SensitivityThreshold, s => s.SensitivityThreshold),
        new(SensitivityThresholdPhotons, s => s.SensitivityThresholdPhotons),
        new(SensitivityThresholdPerArea, s => s.SensitivityThresholdPerArea),
        new(SaturationCapacity, s => s.SaturationCapacity),
        new(SaturationCapacityPhotons, s => s.SaturationCapacityPhotons),
        new(SaturationCapacityPerArea, s => s.SaturationCapacityPerArea),
        new(SnrMax, s => s.SnrMax),
        new(SnrMaxDb, s => s.SnrMaxDb),
        new(SnrMaxBits, s => s.SnrMaxBits),
        new(DynamicRange, s => s.DynamicRange),
        new(DynamicRangeDb, s => s.DynamicRangeDb),
        new(DynamicRangeBits, s => s.DynamicRangeBits),
        new(LinearityError, s => s.LinearityError),
        new(LinearityErrorMin, s => s.LinearityErrorMin),
        new(LinearityErrorMax, s => s.LinearityErrorMax),
        new(DarkCurrentFromMean, s => s.DarkCurrentFromMean),
        new(DarkCurrentFromVariance, s => s.DarkCurrentFromVariance),
        new(Dsnu, s => s.Dsnu),
        new(DsnuColumn, s => s.DsnuSplit?.Column),
        new(DsnuRow, s => s.DsnuSplit?.Row),
        new(DsnuPixel, s => s.DsnuSplit?.Pixel),
        new(DsnuHighPass, s => s.DsnuSplit?.HighPass),
        new(Prnu, s => s.Prnu),
        new(PrnuColumn, s => s.PrnuSplit?.Column),
        new(PrnuRow, s => s.PrnuSplit?.Row),
        new(PrnuPixel, s => s.PrnuSplit?.Pixel),
        new(PrnuHighPass, s => s.PrnuSplit?.HighPass),
    ];

    private static Unit Dn(Unit unit) => EmvaUnits.Dn(unit);
}
