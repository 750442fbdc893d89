using System.Text.Json.Serialization;

namespace CamTest.Core.Results;

/// <summary>results.json "timing": speed from per-frame timestamps.</summary>
/// <param name="Source">"hardware" (camera timestamps) or "software" (acquisition software's elapsed time).</param>
public sealed record TimingSection(
    [property: JsonPropertyName("frameRate")] Quantity FrameRate,
    [property: JsonPropertyName("frameInterval")] Quantity FrameInterval,
    [property: JsonPropertyName("readoutTime")] Quantity? ReadoutTime,
    [property: JsonPropertyName("source")] string Source,
    [property: JsonPropertyName("stack")] string Stack)
{
    /// <summary>The frame intervals of that stack, ms: one narrow spike for a camera that keeps time; dropped frames
    /// show as counts at two and three intervals.</summary>
    [JsonPropertyName("intervalHistogram")] public HistogramSection? IntervalHistogram { get; init; }
}
