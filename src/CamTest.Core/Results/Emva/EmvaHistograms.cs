using System.Text.Json.Serialization;

namespace CamTest.Core.Results;

/// <summary>
/// The defect-pixel histograms of the data sheet: DSNU from the averaged dark image (deviation from its mean, DN) and
/// PRNU from the highpassed averaged bright image less the dark (deviation in percent of the mean signal), so that
/// uneven light does not pass for defective pixels.
/// </summary>
public sealed record EmvaHistograms(
    [property: JsonPropertyName("dsnu")] EmvaHistogram? Dsnu,
    [property: JsonPropertyName("prnu")] EmvaHistogram? Prnu);
