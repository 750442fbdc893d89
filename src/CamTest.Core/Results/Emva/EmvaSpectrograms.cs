using System.Text.Json.Serialization;

namespace CamTest.Core.Results;

/// <summary>
/// The four spectrograms of the EMVA 1288 data sheet: of the averaged dark image in DN (DSNU) and of the averaged
/// bright image less the dark in percent of its mean signal (PRNU), each horizontal and vertical. The reference lines
/// the report draws with them: the total non-uniformity and the temporal noise the averages still hold.
/// </summary>
public sealed record EmvaSpectrograms(
    [property: JsonPropertyName("horizontalDsnu")] EmvaSpectrogram? HorizontalDsnu,
    [property: JsonPropertyName("verticalDsnu")] EmvaSpectrogram? VerticalDsnu,
    [property: JsonPropertyName("horizontalPrnu")] EmvaSpectrogram? HorizontalPrnu,
    [property: JsonPropertyName("verticalPrnu")] EmvaSpectrogram? VerticalPrnu,
    [property: JsonPropertyName("darkTemporalDn")] double? DarkTemporalDn,
    [property: JsonPropertyName("brightTemporalPercent")] double? BrightTemporalPercent);
