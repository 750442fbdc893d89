using System.Text.Json.Serialization;

namespace CamTest.Core.Results;

/// <summary>
/// The EMVA 1288 Release 4.0 Linear figures of one measurement: results.json's <c>emva</c> section, in the standard's
/// own units (DN for the grey value, K in DN/e-; DN is CamTest's ADU under the standard's name, and reads back as it).
/// A figure the data do not allow is absent, and <see cref="NotMeasured"/> says why. Every quantity carries its
/// standard error; photon counts are the user's calibration and enter as exact (their uncertainty is not the images').
/// </summary>
public sealed record EmvaSection
{
    [JsonPropertyName("standard")] public string Standard { get; init; } = "EMVA 1288 Release 4.0, Linear module";
    [JsonPropertyName("source")] public required string Source { get; init; }
    [JsonPropertyName("bits")] public int Bits { get; init; }
    [JsonPropertyName("width")] public int Width { get; init; }
    [JsonPropertyName("height")] public int Height { get; init; }
    [JsonPropertyName("pixelSizeUm")] public double? PixelSizeUm { get; init; }

    // Sensitivity and photon transfer.
    [JsonPropertyName("systemGain")] public Quantity? SystemGain { get; init; }
    [JsonPropertyName("inverseSystemGain")] public Quantity? InverseSystemGain { get; init; }
    [JsonPropertyName("systemGainFit")] public EmvaFitRange? SystemGainFit { get; init; }
    [JsonPropertyName("responsivity")] public Quantity? Responsivity { get; init; }
    [JsonPropertyName("quantumEfficiency")] public Quantity? QuantumEfficiency { get; init; }

    // Dark noise and thresholds.
    [JsonPropertyName("darkNoiseAdu")] public Quantity? DarkNoiseAdu { get; init; }
    [JsonPropertyName("quantisationLimited")] public bool QuantisationLimited { get; init; }
    [JsonPropertyName("darkNoiseLimitAdu")] public Quantity? DarkNoiseLimitAdu { get; init; }
    [JsonPropertyName("temporalDarkNoise")] public Quantity? TemporalDarkNoise { get; init; }
    [JsonPropertyName("temporalDarkNoiseIsUpperBound")] public bool TemporalDarkNoiseIsUpperBound { get; init; }
    [JsonPropertyName("sensitivityThreshold")] public Quantity? SensitivityThreshold { get; init; }
    [JsonPropertyName("sensitivityThresholdPhotons")] public Quantity? SensitivityThresholdPhotons { get; init; }
    [JsonPropertyName("sensitivityThresholdPerArea")] public Quantity? SensitivityThresholdPerArea { get; init; }
    [JsonPropertyName("sensitivityThresholdElectronsPerArea")] public Quantity? SensitivityThresholdElectronsPerArea { get; init; }

    // Saturation, SNR, dynamic range.
    [JsonPropertyName("saturation")] public EmvaSaturation? Saturation { get; init; }
    [JsonPropertyName("saturationCapacity")] public Quantity? SaturationCapacity { get; init; }
    [JsonPropertyName("saturationCapacityPhotons")] public Quantity? SaturationCapacityPhotons { get; init; }
    [JsonPropertyName("saturationCapacityPerArea")] public Quantity? SaturationCapacityPerArea { get; init; }
    [JsonPropertyName("saturationCapacityElectronsPerArea")] public Quantity? SaturationCapacityElectronsPerArea { get; init; }
    [JsonPropertyName("snrMax")] public Quantity? SnrMax { get; init; }
    [JsonPropertyName("snrMaxDb")] public Quantity? SnrMaxDb { get; init; }
    [JsonPropertyName("snrMaxBits")] public Quantity? SnrMaxBits { get; init; }
    [JsonPropertyName("inverseSnrMax")] public Quantity? InverseSnrMax { get; init; }
    [JsonPropertyName("dynamicRange")] public Quantity? DynamicRange { get; init; }
    [JsonPropertyName("dynamicRangeDb")] public Quantity? DynamicRangeDb { get; init; }
    [JsonPropertyName("dynamicRangeBits")] public Quantity? DynamicRangeBits { get; init; }

    // Linearity.
    [JsonPropertyName("linearityError")] public Quantity? LinearityError { get; init; }
    [JsonPropertyName("linearityErrorMin")] public Quantity? LinearityErrorMin { get; init; }
    [JsonPropertyName("linearityErrorMax")] public Quantity? LinearityErrorMax { get; init; }
    [JsonPropertyName("linearityFit")] public EmvaFitRange? LinearityFit { get; init; }
    [JsonPropertyName("linearityLine")] public EmvaLine? LinearityLine { get; init; }

    /// <summary>"photons" or "exposure": what the linearity line is drawn against.</summary>
    [JsonPropertyName("linearityAgainst")] public string? LinearityAgainst { get; init; }

    // Dark current.
    [JsonPropertyName("darkCurrentFromMean")] public Quantity? DarkCurrentFromMean { get; init; }
    [JsonPropertyName("darkCurrentFromMeanDn")] public Quantity? DarkCurrentFromMeanDn { get; init; }
    [JsonPropertyName("darkCurrentFromVariance")] public Quantity? DarkCurrentFromVariance { get; init; }
    [JsonPropertyName("darkMeanLine")] public EmvaLine? DarkMeanLine { get; init; }
    [JsonPropertyName("darkVarianceLine")] public EmvaLine? DarkVarianceLine { get; init; }

    // Spatial non-uniformity.
    [JsonPropertyName("dsnu")] public Quantity? Dsnu { get; init; }
    [JsonPropertyName("dsnuDn")] public Quantity? DsnuDn { get; init; }
    [JsonPropertyName("dsnuSplit")] public EmvaPatternSplit? DsnuSplit { get; init; }
    [JsonPropertyName("prnu")] public Quantity? Prnu { get; init; }
    [JsonPropertyName("prnuSplit")] public EmvaPatternSplit? PrnuSplit { get; init; }
    [JsonPropertyName("spatial")] public EmvaSpatialInfo? Spatial { get; init; }
    [JsonPropertyName("spectrograms")] public EmvaSpectrograms? Spectrograms { get; init; }
    [JsonPropertyName("histograms")] public EmvaHistograms? Histograms { get; init; }

    // The measurement itself.
    [JsonPropertyName("points")] public IReadOnlyList<EmvaPointRow> Points { get; init; } = [];
    [JsonPropertyName("darkPoints")] public IReadOnlyList<EmvaDarkRow> DarkPoints { get; init; } = [];
    [JsonPropertyName("notMeasured")] public IReadOnlyList<EmvaNotMeasured> NotMeasured { get; init; } = [];
}
