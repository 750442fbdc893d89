using System.Text.Json.Serialization;

namespace CamTest.Simulation.Truth;

/// <summary>
/// truth.json: every true parameter of a simulated session, under the keys and in the units results.json uses
/// (bias ADU, gain e-/ADU, read noise e-, dark current e-/pixel/s at the simulated temperature, full well e-).
/// Sensor-wide figures are the realised values of this seed's pixel maps, not only the model's nominal values.
/// </summary>
public sealed record SimulationTruth
{
    [JsonPropertyName("schema")] public string Schema { get; init; } = "camtest.truth/1";

    [JsonPropertyName("generator")] public required IReadOnlyDictionary<string, object> Generator { get; init; }

    [JsonPropertyName("camera")] public required CameraModel Camera { get; init; }

    [JsonPropertyName("bias")] public required IReadOnlyDictionary<string, TrueValue> Bias { get; init; }

    [JsonPropertyName("readNoise")] public required IReadOnlyDictionary<string, TrueValue> ReadNoise { get; init; }

    [JsonPropertyName("gain")] public required IReadOnlyDictionary<string, TrueValue> Gain { get; init; }

    [JsonPropertyName("quantumEfficiency")] public required TrueValue QuantumEfficiency { get; init; }

    [JsonPropertyName("darkCurrent")] public required IReadOnlyDictionary<string, TrueValue> DarkCurrent { get; init; }

    [JsonPropertyName("hotPixels")] public required TrueHotPixels HotPixels { get; init; }

    [JsonPropertyName("saturation")] public required IReadOnlyDictionary<string, object> Saturation { get; init; }

    [JsonPropertyName("fixedPattern")] public required IReadOnlyDictionary<string, TrueValue> FixedPattern { get; init; }

    [JsonPropertyName("emGain")] public IReadOnlyDictionary<string, TrueValue>? EmGain { get; init; }

    [JsonPropertyName("timing")] public required IReadOnlyDictionary<string, object> Timing { get; init; }

    /// <summary>The month of an ageing series and the model that aged the camera (the values above are those of this month).</summary>
    [JsonPropertyName("ageing")] public TrueAgeing? Ageing { get; init; }

    [JsonPropertyName("stacks")] public required IReadOnlyList<TrueStackConditions> Stacks { get; init; }
}
