namespace CamTest.Core.Results;

/// <summary>results.json "saturation".</summary>
[FigureCatalog]
public static class SaturationFigures
{
    public static readonly FigureDeclaration LinearFullWell = new("saturation.linearFullWell", "Linear full well", "μ_e,lin", Unit.Electron,
        "Signal up to which the response to light stays within 1 % of linear in exposure, and at most the saturation capacity (no usable signal lies beyond it); measured the same whatever the stated bit depth. Error: the gap between the bracketing levels and the gain's error.");

    public static readonly FigureDeclaration SaturationCapacity = new("saturation.saturationCapacity", "Saturation capacity", "μ_e,sat", Unit.Electron,
        "Signal at the saturation level by the EMVA 1288 R4 rule (the variance maximum, or the last level before 0.1 % of pixels reach the top code, whichever comes first), times the gain.");

    public static readonly FigureDeclaration AdcLimit = new("saturation.adcLimit", "ADC limit", "μ_e,ADC", Unit.Electron,
        "The ADC's top code above the bias, times the gain.");
}
