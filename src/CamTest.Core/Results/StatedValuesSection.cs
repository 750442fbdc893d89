using System.Text.Json.Serialization;

namespace CamTest.Core.Results;

/// <summary>
/// results.json's <c>camera.stated</c>: what the camera's Certificate of Performance (or data sheet) states, as the
/// session manifest gave it (filled by <c>Session.ResultsMapper.StatedValues</c>). Every value is optional; units are
/// those of results.json.
/// </summary>
public sealed record StatedValuesSection
{
    /// <summary>System gain, e-/ADU (the protocol's gain; EMVA's K is its inverse).</summary>
    [JsonPropertyName("gainEPerAdu")] public double? GainEPerAdu { get; init; }

    /// <summary>Read noise, e- rms.</summary>
    [JsonPropertyName("readNoiseE")] public double? ReadNoiseE { get; init; }

    /// <summary>Dark current, e-/pixel/s.</summary>
    [JsonPropertyName("darkCurrentEPerPixelPerS")] public double? DarkCurrentEPerPixelPerS { get; init; }

    /// <summary>Full well capacity, e-.</summary>
    [JsonPropertyName("fullWellE")] public double? FullWellE { get; init; }

    /// <summary>EM gain (an EMCCD's multiplication at its stated set point).</summary>
    [JsonPropertyName("emGain")] public double? EmGain { get; init; }
}
