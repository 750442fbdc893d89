using System.Text.Json.Serialization;

namespace CamTest.Simulation.Truth;

/// <summary>A true parameter with its unit, shaped like a results.json quantity (which adds a stderr).</summary>
public sealed record TrueValue(
    [property: JsonPropertyName("value")] double Value,
    [property: JsonPropertyName("unit")] string Unit);
