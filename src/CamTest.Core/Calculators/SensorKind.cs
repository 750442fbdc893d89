namespace CamTest.Core.Calculators;

/// <summary>The sensor architectures the protocol distinguishes; they differ in readout and in what binning buys.</summary>
public enum SensorKind
{
    /// <summary>Amplifier per pixel, rows read in parallel: readout time scales with rows, not with binning.</summary>
    SCmos,

    /// <summary>One output amplifier: every (binned) pixel passes it in turn, so ROI and binning both speed readout.</summary>
    Ccd,

    /// <summary>A CCD with an electron-multiplying register before the amplifier.</summary>
    Emccd,
}
