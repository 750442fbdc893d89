using System.Text.Json.Serialization;

namespace CamTest.Core.Results;

/// <summary>One bright point of the data sheet (results.json <c>emva.points[]</c>), in the standard's DN.</summary>
public sealed record EmvaPointRow
{
    [JsonPropertyName("exposureS")] public required double ExposureS { get; init; }
    [JsonPropertyName("photonsPerPixel")] public double? PhotonsPerPixel { get; init; }
    [JsonPropertyName("pairs")] public required int Pairs { get; init; }
    [JsonPropertyName("meanDn")] public required Quantity Mean { get; init; }
    [JsonPropertyName("varianceDn2")] public required Quantity Variance { get; init; }
    [JsonPropertyName("darkMeanDn")] public required Quantity DarkMean { get; init; }
    [JsonPropertyName("darkVarianceDn2")] public required Quantity DarkVariance { get; init; }
    [JsonPropertyName("darkInterpolated")] public bool DarkInterpolated { get; init; }
    [JsonPropertyName("signalDn")] public required Quantity Signal { get; init; }
    [JsonPropertyName("signalVarianceDn2")] public required Quantity SignalVariance { get; init; }
    [JsonPropertyName("snr")] public Quantity? Snr { get; init; }
    [JsonPropertyName("linearityDeviationPercent")] public Quantity? LinearityDeviation { get; init; }
    [JsonPropertyName("topCodeFraction")] public double TopCodeFraction { get; init; }
    [JsonPropertyName("inGainFit")] public bool InGainFit { get; init; }
    [JsonPropertyName("inLinearityFit")] public bool InLinearityFit { get; init; }
    [JsonPropertyName("beyondSaturation")] public bool BeyondSaturation { get; init; }
    [JsonPropertyName("origin")] public required string Origin { get; init; }
}
