namespace CamTest.Core.Emva;

/// <summary>
/// Every headline figure of the EMVA 1288 R4 Linear data sheet, in the standard's order: sensitivity and noise, then
/// saturation and dynamics, linearity, dark current, non-uniformity.
/// </summary>
public static class EmvaFigureCatalog
{
    public static IReadOnlyList<EmvaFigure> All { get; } =
    [
        new("quantumEfficiency", "Quantum efficiency", "η", "electrons per photon at the light's wavelength, R / K", s => s.QuantumEfficiency),
        new("systemGain", "System gain", "K", "grey values per electron, the slope of the photon transfer curve up to 70 % of saturation", s => s.SystemGain),
        new("inverseSystemGain", "Inverse system gain", "1/K", "electrons per grey value", s => s.InverseSystemGain),
        new("responsivity", "Responsivity", "R", "grey values per photon, the slope of the sensitivity curve", s => s.Responsivity),
        new("darkNoiseAdu", "Temporal dark noise", "σ_y.dark", "dark noise in grey values, as measured", s => s.DarkNoiseAdu),
        new("temporalDarkNoise", "Temporal dark noise", "σ_d", "dark noise in electrons, quantisation noise taken off", s => s.TemporalDarkNoise),
        new("sensitivityThreshold", "Absolute sensitivity threshold", "μ_e.min", "electrons giving SNR = 1 (Release 4 form)", s => s.SensitivityThreshold),
        new("sensitivityThresholdPhotons", "Absolute sensitivity threshold", "μ_p.min", "photons giving SNR = 1", s => s.SensitivityThresholdPhotons),
        new("sensitivityThresholdPerArea", "Absolute sensitivity threshold per area", "μ_p.min.area", "photons per µm² giving SNR = 1", s => s.SensitivityThresholdPerArea),
        new("saturationCapacity", "Saturation capacity", "μ_e.sat", "electrons at saturation", s => s.SaturationCapacity),
        new("saturationCapacityPhotons", "Saturation irradiation", "μ_p.sat", "photons per pixel at saturation", s => s.SaturationCapacityPhotons),
        new("saturationCapacityPerArea", "Saturation irradiation per area", "μ_p.sat.area", "photons per µm² at saturation", s => s.SaturationCapacityPerArea),
        new("snrMax", "Maximum signal-to-noise ratio", "SNR_max", "√μ_e.sat", s => s.SnrMax),
        new("snrMaxDb", "Maximum signal-to-noise ratio", "SNR_max", "in decibels, 20 log10", s => s.SnrMaxDb),
        new("snrMaxBits", "Maximum signal-to-noise ratio", "SNR_max", "in bits, log2", s => s.SnrMaxBits),
        new("dynamicRange", "Dynamic range", "DR", "μ_e.sat / μ_e.min", s => s.DynamicRange),
        new("dynamicRangeDb", "Dynamic range", "DR", "in decibels", s => s.DynamicRangeDb),
        new("dynamicRangeBits", "Dynamic range", "DR", "in bits", s => s.DynamicRangeBits),
        new("linearityError", "Linearity error", "LE", "(LE_max − LE_min) / 2 over 5–95 % of saturation (Release 4)", s => s.LinearityError),
        new("linearityErrorMin", "Linearity error, minimum", "LE_min", "largest deviation below the line", s => s.LinearityErrorMin),
        new("linearityErrorMax", "Linearity error, maximum", "LE_max", "largest deviation above the line", s => s.LinearityErrorMax),
        new("darkCurrentFromMean", "Dark current (from mean)", "μ_I.mean", "growth of the dark mean with exposure, over K", s => s.DarkCurrentFromMean),
        new("darkCurrentFromVariance", "Dark current (from variance)", "μ_I.var", "growth of the dark variance with exposure, over K²", s => s.DarkCurrentFromVariance),
        new("dsnu", "Dark signal non-uniformity", "DSNU_1288", "spatial standard deviation of the dark image, electrons", s => s.Dsnu),
        new("dsnuSplit.column", "DSNU, column part", "DSNU_col", "column-to-column", s => s.DsnuSplit?.Column),
        new("dsnuSplit.row", "DSNU, row part", "DSNU_row", "row-to-row", s => s.DsnuSplit?.Row),
        new("dsnuSplit.pixel", "DSNU, pixel part", "DSNU_pixel", "pixel-to-pixel", s => s.DsnuSplit?.Pixel),
        new("dsnuSplit.highPass", "DSNU, highpassed", "DSNU_hp", "after the R4 highpass filter", s => s.DsnuSplit?.HighPass),
        new("prnu", "Photo-response non-uniformity", "PRNU_1288", "spatial standard deviation of the response, percent of the signal", s => s.Prnu),
        new("prnuSplit.column", "PRNU, column part", "PRNU_col", "column-to-column", s => s.PrnuSplit?.Column),
        new("prnuSplit.row", "PRNU, row part", "PRNU_row", "row-to-row", s => s.PrnuSplit?.Row),
        new("prnuSplit.pixel", "PRNU, pixel part", "PRNU_pixel", "pixel-to-pixel", s => s.PrnuSplit?.Pixel),
        new("prnuSplit.highPass", "PRNU, highpassed", "PRNU_hp", "after the R4 highpass filter", s => s.PrnuSplit?.HighPass),
    ];
}
