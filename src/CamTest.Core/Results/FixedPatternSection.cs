using System.Text.Json.Serialization;

namespace CamTest.Core.Results;

/// <summary>
/// results.json "fixedPattern": spatial (fixed-pattern) noise: from the averaged bias, in electrons, the pixel-to-pixel offset spread (DSNU) and the
/// parts of it that are whole rows or whole columns; from one averaged flat level, the photo-response non-uniformity in
/// percent. Null figures were below what the stack can resolve, or had no data (the bias figures need a bias stack and
/// the gain; <see cref="Frames"/> and <see cref="PixelsUsed"/> describe the bias and are null without one).
/// </summary>
public sealed record FixedPatternSection(
    [property: JsonPropertyName("dsnu")] Quantity? Dsnu,
    [property: JsonPropertyName("rowNoise")] Quantity? RowNoise,
    [property: JsonPropertyName("columnNoise")] Quantity? ColumnNoise,
    [property: JsonPropertyName("frames")] int? Frames,
    [property: JsonPropertyName("pixelsUsed")] long? PixelsUsed)
{
    /// <summary>Pixel-to-pixel PRNU, %: smooth illumination shading (vignetting, uneven light) removed.</summary>
    [JsonPropertyName("prnu")] public Quantity? Prnu { get; init; }

    /// <summary>Total PRNU, % (EMVA 1288 R3): everything that varies across the flat, illumination shading included.</summary>
    [JsonPropertyName("prnuTotal")] public Quantity? PrnuTotal { get; init; }

    /// <summary>The flat level both PRNU figures come from.</summary>
    [JsonPropertyName("prnuLevel")] public PrnuLevel? PrnuLevel { get; init; }
}
