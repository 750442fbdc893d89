using System.Text.Json.Serialization;

namespace CamTest.Simulation.Truth;

/// <summary>The hot pixels: how many and where, with their dark current.</summary>
public sealed record TrueHotPixels(
    [property: JsonPropertyName("count")] int Count,
    [property: JsonPropertyName("pixels")] IReadOnlyList<TrueHotPixel> Pixels);
