using System.Text.Json.Serialization;

namespace CamTest.Core.Results;

/// <summary>results.json "timing": speed from per-frame timestamps.</summary>
/// <param name="Source">"hardware" (camera timestamps) or "software" (acquisition software's elapsed time).</param>
public sealed record TimingSection(
    [property: JsonPropertyName("frameRate")] Quantity FrameRate,
    [property: JsonPropertyName("frameInterval")] Quantity FrameInterval,
    [property: JsonPropertyName("readoutTime")] Quantity? ReadoutTime,
    [property: JsonPropertyName("source")] string Source,
    [property: JsonPropertyName("stack")] string Stack);
