using System.Text.Json.Serialization;

namespace CamTest.Core.Results;

/// <summary>One dark point of the data sheet (results.json <c>emva.darkPoints[]</c>), in DN.</summary>
public sealed record EmvaDarkRow
{
    [JsonPropertyName("exposureS")] public required double ExposureS { get; init; }
    [JsonPropertyName("pairs")] public required int Pairs { get; init; }
    [JsonPropertyName("meanDn")] public required Quantity Mean { get; init; }
    [JsonPropertyName("varianceDn2")] public required Quantity Variance { get; init; }
    [JsonPropertyName("origin")] public required string Origin { get; init; }
}
