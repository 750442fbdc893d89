namespace CamTest.Simulation;

/// <summary>The sensor families the simulator models; they differ in read noise, binning and readout.</summary>
public enum SensorType
{
    /// <summary>Scientific CMOS: per-pixel read noise with a long tail, digital binning, rolling overlapped readout.</summary>
    SCmos,

    /// <summary>Interline or full-frame CCD: one read noise for all pixels, charge binning, blooming.</summary>
    Ccd,

    /// <summary>Electron-multiplying CCD: a CCD with a gain register (gamma-distributed multiplication) and clock-induced charge.</summary>
    Emccd,

    /// <summary>Astronomy CMOS: like sCMOS, typically with a shallow ADC that clips before the full well.</summary>
    Cmos,
}
