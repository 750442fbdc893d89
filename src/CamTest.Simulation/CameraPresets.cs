namespace CamTest.Simulation;

/// <summary>
/// Cameras of the kinds users meet, with figures typical of their class (not of any one product). Names avoid
/// trademarks; each comment says what the preset stands for.
/// </summary>
public static class CameraPresets
{
    public const string Default = "scmos-large";

    /// <summary>Large-pixel (11 um) back-illuminated sCMOS, 16-bit: high QE, low read noise, shallow well.</summary>
    public static CameraModel ScmosLarge { get; } = new()
    {
        Name = "scmos-large", Sensor = SensorType.SCmos, SensorWidth = 1200, SensorHeight = 1200, PixelSizeUm = 11,
        BitDepth = 16, QuantumEfficiency = 0.95, PrnuPercent = 0.6, GainEPerAdu = 1.18, BiasAdu = 100,
        DsnuE = 0.4, RowPatternE = 0.15, ColumnPatternE = 0.25, ReadNoiseE = 1.6, ReadNoiseSpread = 0.25,
        ReadNoiseTailFraction = 0.002, DarkCurrentEPerS = 0.55, ReferenceTemperatureC = -10, SensorTemperatureC = -10,
        HotPixelFraction = 0.0005, HotPixelMinEPerS = 20, HotPixelMaxEPerS = 500,
        LinearFullWellE = 9000, FullWellE = 10000, BiasDriftAduPerFrame = 0.001, LineTimeUs = 9.2, OverlappedReadout = true,
    };

    /// <summary>Small-pixel (6.5 um) sCMOS, 2048 x 2048, 16-bit combined-gain mode.</summary>
    public static CameraModel ScmosSmall { get; } = new()
    {
        Name = "scmos-small", Sensor = SensorType.SCmos, SensorWidth = 2048, SensorHeight = 2048, PixelSizeUm = 6.5,
        BitDepth = 16, QuantumEfficiency = 0.82, PrnuPercent = 0.3, GainEPerAdu = 0.46, BiasAdu = 100,
        DsnuE = 0.3, RowPatternE = 0.1, ColumnPatternE = 0.2, ReadNoiseE = 1.0, ReadNoiseSpread = 0.3,
        ReadNoiseTailFraction = 0.003, DarkCurrentEPerS = 0.3, ReferenceTemperatureC = 0, SensorTemperatureC = 0,
        HotPixelFraction = 0.0003, HotPixelMinEPerS = 20, HotPixelMaxEPerS = 300,
        LinearFullWellE = 27000, FullWellE = 30000, BiasDriftAduPerFrame = 0.002, LineTimeUs = 9.7, OverlappedReadout = true,
    };

    /// <summary>Interline CCD (6.45 um, 1392 x 1040), 14-bit, with anti-blooming that drains most overflow.</summary>
    public static CameraModel CcdInterline { get; } = new()
    {
        Name = "ccd-interline", Sensor = SensorType.Ccd, SensorWidth = 1392, SensorHeight = 1040, PixelSizeUm = 6.45,
        BitDepth = 14, QuantumEfficiency = 0.6, PrnuPercent = 0.8, GainEPerAdu = 1.2, BiasAdu = 200,
        DsnuE = 1.0, ColumnPatternE = 0.5, ReadNoiseE = 6.0, DarkCurrentEPerS = 0.02, ReferenceTemperatureC = -30,
        SensorTemperatureC = -30, DarkDoublingTemperatureC = 6.3, HotPixelFraction = 0.0002, HotPixelMinEPerS = 10,
        HotPixelMaxEPerS = 200, LinearFullWellE = 16000, FullWellE = 18000, BloomFraction = 0.1,
        BiasDriftAduPerFrame = 0.003, LineTimeUs = 85, OverlappedReadout = false,
    };

    /// <summary>Back-illuminated 512 x 512 EMCCD (16 um): high read noise at the output, beaten by EM gain.</summary>
    public static CameraModel Emccd512 { get; } = new()
    {
        Name = "emccd-512", Sensor = SensorType.Emccd, SensorWidth = 512, SensorHeight = 512, PixelSizeUm = 16,
        BitDepth = 16, QuantumEfficiency = 0.92, PrnuPercent = 0.5, GainEPerAdu = 5.0, BiasAdu = 500,
        DsnuE = 3.0, ReadNoiseE = 45, DarkCurrentEPerS = 0.001, ReferenceTemperatureC = -80, SensorTemperatureC = -80,
        HotPixelFraction = 0.0002, HotPixelMinEPerS = 200, HotPixelMaxEPerS = 5000,
        LinearFullWellE = 160000, FullWellE = 180000, BloomFraction = 1.0, BiasDriftAduPerFrame = 0.005,
        EmGain = 300, CicEPerPixelPerFrame = 0.005, LineTimeUs = 58, OverlappedReadout = true,
    };

    /// <summary>Astronomy CMOS (3.8 um, 12-bit ADC at unity gain): the ADC clips long before the well is full.</summary>
    public static CameraModel AstroCmos { get; } = new()
    {
        Name = "astro-cmos", Sensor = SensorType.Cmos, SensorWidth = 4656, SensorHeight = 3520, PixelSizeUm = 3.8,
        BitDepth = 12, QuantumEfficiency = 0.6, PrnuPercent = 1.0, GainEPerAdu = 1.0, BiasAdu = 50,
        DsnuE = 0.8, RowPatternE = 0.4, ColumnPatternE = 0.3, ReadNoiseE = 1.7, ReadNoiseSpread = 0.3,
        ReadNoiseTailFraction = 0.005, DarkCurrentEPerS = 0.005, ReferenceTemperatureC = -20, SensorTemperatureC = -15,
        DarkDoublingTemperatureC = 5.8, HotPixelFraction = 0.001, HotPixelMinEPerS = 5, HotPixelMaxEPerS = 200,
        LinearFullWellE = 18000, FullWellE = 20000, BiasDriftAduPerFrame = 0.002, LineTimeUs = 25, OverlappedReadout = true,
    };

    public static IReadOnlyList<CameraModel> All { get; } = [ScmosLarge, ScmosSmall, CcdInterline, Emccd512, AstroCmos];

    public static CameraModel? Find(string name) =>
        All.FirstOrDefault(p => string.Equals(p.Name, name, StringComparison.OrdinalIgnoreCase));
}
