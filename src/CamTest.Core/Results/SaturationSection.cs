using System.Text.Json.Serialization;

namespace CamTest.Core.Results;

/// <summary>results.json "saturation": where the response stops being linear, and what limits it.</summary>
/// <param name="LinearFullWell">Where the response leaves the line by 1 %, at most the saturation capacity, e-.</param>
/// <param name="SaturationCapacity">EMVA 1288 R4: signal at the saturation level (variance maximum or before clipping), e-.</param>
/// <param name="AdcLimit">The ADC's top code above the bias, in e-.</param>
/// <param name="LimitedBy">"adc" when the ADC clips before the pixel fills, "full well" otherwise, "not reached".</param>
public sealed record SaturationSection(
    [property: JsonPropertyName("linearFullWell")] Quantity? LinearFullWell,
    [property: JsonPropertyName("saturationCapacity")] Quantity? SaturationCapacity,
    [property: JsonPropertyName("adcLimit")] Quantity? AdcLimit,
    [property: JsonPropertyName("limitedBy")] string LimitedBy);
