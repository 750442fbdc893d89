using System.Text.Json.Serialization;

namespace CamTest.Simulation.Truth;

/// <summary>Where a session sits in an ageing series: its month, the date it is acquired, and the ageing model.</summary>
public sealed record TrueAgeing(
    [property: JsonPropertyName("month")] int Month,
    [property: JsonPropertyName("acquired")] DateTimeOffset Acquired,
    [property: JsonPropertyName("model")] AgeingModel Model);
