namespace CamTest.Core.Analysis;

/// <summary>What stops the response from rising: results.json writes it as "not reached", "adc" or "full well".</summary>
public enum SaturationLimit
{
    /// <summary>No flat level saturated: the brightest still rises.</summary>
    NotReached,

    /// <summary>The ADC's top code clips before the pixel fills.</summary>
    Adc,

    /// <summary>The pixel fills before the ADC clips.</summary>
    FullWell,
}
