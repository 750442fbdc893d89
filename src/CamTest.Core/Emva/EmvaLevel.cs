using CamTest.Core.Results;

namespace CamTest.Core.Emva;

/// <summary>
/// One point of the measurement (a bright irradiation, or a dark exposure) with every pair taken there merged: the
/// mean grey value mu_y and the EMVA 1288 R4 temporal variance sigma_y^2, each with its standard error (ADU, ADU^2).
/// </summary>
/// <param name="TopCodeFraction">Fraction of pixel values at or above the ADC's top code.</param>
/// <param name="Origins">The sets merged here, as declared ("line 12").</param>
public sealed record EmvaLevel(
    double ExposureS,
    double? PhotonsPerPixel,
    int Pairs,
    Quantity Mean,
    Quantity Variance,
    double TopCodeFraction,
    IReadOnlyList<string> Origins);
