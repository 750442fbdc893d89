using System.Text.Json.Serialization;

namespace CamTest.Simulation;

/// <summary>
/// Every physical parameter of a simulated camera, in the units results.json reports (electrons, ADU, e-/ADU,
/// e-/pixel/s, degrees C, milliseconds). A preset is one of these; <c>camera.json</c> is one of these as JSON.
/// Values describe one unbinned pixel; <see cref="SessionSimulator"/> scales them for binning.
/// </summary>
public sealed record CameraModel
{
    public required string Name { get; init; }

    public required SensorType Sensor { get; init; }

    public required int SensorWidth { get; init; }

    public required int SensorHeight { get; init; }

    public required double PixelSizeUm { get; init; }

    /// <summary>ADC depth; codes run 0 .. 2^BitDepth - 1.</summary>
    public required int BitDepth { get; init; }

    /// <summary>Quantum efficiency at the illumination wavelength, 0..1.</summary>
    public required double QuantumEfficiency { get; init; }

    /// <summary>Pixel response non-uniformity: the rms spread of per-pixel sensitivity, percent.</summary>
    public double PrnuPercent { get; init; } = 0.5;

    /// <summary>
    /// Illumination shading of the flats (a microscope's vignetting, uneven light): the fraction of the light lost at the
    /// image corners, falling off with the square of the distance from the image centre. 0 (the default) is uniform light.
    /// </summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingDefault)]
    public double VignettingFraction { get; init; }

    /// <summary>Conversion (system) gain, electrons per ADU, the protocol's "gain".</summary>
    public required double GainEPerAdu { get; init; }

    /// <summary>
    /// How much the gain drifts with signal, %: the single-point gain (mean / variance, the protocol's gain at one
    /// level) at the linear full well is about <see cref="GainEPerAdu"/> x (1 + drift/100), changing linearly with the
    /// collected charge from <see cref="GainEPerAdu"/> at zero signal, as real CMOS sensors' single-point gains drift
    /// by several %. The charge is converted at a gain that drifts by a third of that (the variance goes as the square
    /// of the conversion, the mean as its first power). 0 (the default) is a straight photon transfer curve.
    /// </summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingDefault)]
    public double GainDriftPercent { get; init; }

    /// <summary>Mean offset (bias) set by the camera, ADU.</summary>
    public required double BiasAdu { get; init; }

    /// <summary>Per-pixel offset spread (dark signal non-uniformity at zero exposure), e- rms.</summary>
    public double DsnuE { get; init; } = 0.5;

    /// <summary>Fixed row-to-row offset pattern, e- rms.</summary>
    public double RowPatternE { get; init; }

    /// <summary>Fixed column-to-column offset pattern, e- rms.</summary>
    public double ColumnPatternE { get; init; }

    /// <summary>Read noise, e- rms (CCD, EMCCD) or the median of the per-pixel values (sCMOS, CMOS).</summary>
    public required double ReadNoiseE { get; init; }

    /// <summary>Log-normal spread (sigma of ln) of per-pixel read noise for CMOS sensors; 0 gives one value.</summary>
    public double ReadNoiseSpread { get; init; }

    /// <summary>Fraction of CMOS pixels with random-telegraph-like noise 3-10 x the median (the long tail).</summary>
    public double ReadNoiseTailFraction { get; init; }

    /// <summary>Mean dark current at <see cref="ReferenceTemperatureC"/>, e-/pixel/s.</summary>
    public required double DarkCurrentEPerS { get; init; }

    public double ReferenceTemperatureC { get; init; } = -10;

    /// <summary>Temperature rise that doubles the dark current, degrees C.</summary>
    public double DarkDoublingTemperatureC { get; init; } = 6.0;

    /// <summary>The sensor temperature the session is simulated at, degrees C.</summary>
    public double SensorTemperatureC { get; init; } = -10;

    /// <summary>Fraction of pixels that are hot.</summary>
    public double HotPixelFraction { get; init; } = 0.0005;

    /// <summary>Hot pixel dark current, e-/s, drawn log-uniformly between the two limits (at the reference temperature).</summary>
    public double HotPixelMinEPerS { get; init; } = 20;

    public double HotPixelMaxEPerS { get; init; } = 500;

    /// <summary>The largest charge collected in proportion to light, e-; above it the response bends over.</summary>
    public required double LinearFullWellE { get; init; }

    /// <summary>The saturation charge the pixel reports, e- (the soft non-linearity approaches it at the well capacity).</summary>
    public required double FullWellE { get; init; }

    /// <summary>Fraction of charge beyond the well capacity that spills into the two vertical neighbours (0: anti-blooming).</summary>
    public double BloomFraction { get; init; }

    /// <summary>Slow bias drift, ADU per frame within a stack.</summary>
    public double BiasDriftAduPerFrame { get; init; }

    /// <summary>EM gain the EMCCD session's amplified stack uses (1: no multiplication register in use).</summary>
    public double EmGain { get; init; } = 1;

    /// <summary>
    /// The EM gain set on the camera when it differs from the multiplication <see cref="EmGain"/> delivers (an aged
    /// register); null when they agree. The session's manifest and file names carry the set point.
    /// </summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public double? EmGainSetPoint { get; init; }

    /// <summary>How the camera ages month by month (<c>simulate --month N</c>); null: it does not.</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public AgeingModel? Ageing { get; init; }

    /// <summary>Clock-induced charge, e-/pixel/frame, entering the multiplication register.</summary>
    public double CicEPerPixelPerFrame { get; init; }

    /// <summary>Time to read one row, microseconds; readout time = rows x line time.</summary>
    public required double LineTimeUs { get; init; }

    /// <summary>True when exposure overlaps readout (rolling shutter, frame transfer): frame interval = max(exposure, readout).</summary>
    public bool OverlappedReadout { get; init; }

    /// <summary>Highest code the ADC produces.</summary>
    [JsonIgnore]
    public int AdcMax => (1 << BitDepth) - 1;

    /// <summary>Charge at which the well is full and excess charge blooms or drains (the soft response reaches <see cref="FullWellE"/> here).</summary>
    [JsonIgnore]
    public double WellCapacityE => (2 * FullWellE) - LinearFullWellE;

    /// <summary>Dark current scaled to the sensor temperature by the doubling rule.</summary>
    [JsonIgnore]
    public double DarkScaleAtSensorTemperature => Math.Pow(2, (SensorTemperatureC - ReferenceTemperatureC) / DarkDoublingTemperatureC);
}
