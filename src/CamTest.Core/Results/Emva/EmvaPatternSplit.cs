using System.Text.Json.Serialization;

namespace CamTest.Core.Results;

/// <summary>
/// A non-uniformity (DSNU or PRNU) as EMVA 1288 R4 reports it: the total, its column, row and pixel parts, and the
/// total after the highpass. A part is null when its variance is not above zero: the pattern is below what the
/// averaged frames resolve (the note says so with the measured variance).
/// </summary>
public sealed record EmvaPatternSplit(
    [property: JsonPropertyName("total")] Quantity? Total,
    [property: JsonPropertyName("column")] Quantity? Column,
    [property: JsonPropertyName("row")] Quantity? Row,
    [property: JsonPropertyName("pixel")] Quantity? Pixel,
    [property: JsonPropertyName("highPass")] Quantity? HighPass);
