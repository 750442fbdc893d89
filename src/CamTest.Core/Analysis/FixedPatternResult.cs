using System.Text.Json.Serialization;
using CamTest.Core.Results;

namespace CamTest.Core.Analysis;

/// <summary>
/// Spatial (fixed-pattern) noise of an averaged stack, in electrons: pixel-to-pixel offset spread (DSNU) and the
/// parts of it that are whole rows or whole columns. Null figures were below what the stack can resolve.
/// </summary>
public sealed record FixedPatternResult(
    [property: JsonPropertyName("dsnu")] Quantity? Dsnu,
    [property: JsonPropertyName("rowNoise")] Quantity? RowNoise,
    [property: JsonPropertyName("columnNoise")] Quantity? ColumnNoise,
    [property: JsonPropertyName("frames")] int Frames,
    [property: JsonPropertyName("pixelsUsed")] long PixelsUsed);
