using CamTest.Core.Results;

namespace CamTest.Core.Analysis;

/// <summary>Saturation figures in electrons (<see cref="Saturation"/>).</summary>
/// <param name="LinearFullWell">Where the response leaves the line by 1 %, at most the saturation capacity; null when
/// saturation was not reached.</param>
/// <param name="SaturationCapacity">EMVA 1288 R4: signal at the saturation level; null when not reached.</param>
/// <param name="AdcLimit">The ADC's top code above the bias; null for float data.</param>
/// <param name="LimitedBy">What stops the response.</param>
public sealed record SaturationResult(Quantity? LinearFullWell, Quantity? SaturationCapacity, Quantity? AdcLimit, SaturationLimit LimitedBy);
