namespace CamTest.Core.Planning;

/// <summary>Where a stack goes in session.json (GUIDE section 2).</summary>
public enum SessionSection
{
    Bias,
    Flats,
    Darks,
    HotPixels,
    EmGainReference,
    EmGainAmplified,

    /// <summary>The bias at the amplified stack's EM gain set point (emGain.amplified.bias).</summary>
    EmGainAmplifiedBias,
}
