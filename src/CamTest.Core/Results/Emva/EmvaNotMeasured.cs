using System.Text.Json.Serialization;

namespace CamTest.Core.Results;

/// <summary>Figures the data did not allow, and why (results.json <c>emva.notMeasured[]</c>).</summary>
public sealed record EmvaNotMeasured(
    [property: JsonPropertyName("figures")] IReadOnlyList<string> Figures,
    [property: JsonPropertyName("reason")] string Reason);
