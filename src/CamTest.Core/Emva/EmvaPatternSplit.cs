using System.Text.Json.Serialization;
using CamTest.Core.Results;

namespace CamTest.Core.Emva;

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
    [property: JsonPropertyName("highPass")] Quantity? HighPass)
{
    /// <summary>The same figures written in the standard's DN (see <see cref="EmvaUnits"/>).</summary>
    public EmvaPatternSplit InDn() => new(EmvaUnits.Dn(Total), EmvaUnits.Dn(Column), EmvaUnits.Dn(Row), EmvaUnits.Dn(Pixel), EmvaUnits.Dn(HighPass));
}
