using CamTest.Core.Results;

namespace CamTest.Core.Emva;

/// <summary>
/// A non-uniformity (DSNU or PRNU) as <see cref="EmvaNonUniformity"/> measures it: the total, its column, row and
/// pixel parts, and the total after the highpass; a part is null when its variance is not above zero (a note says so).
/// The analysis's own form; <c>ResultsMapper.Emva</c> writes results.json's <c>emva.dsnuSplit</c> and
/// <c>prnuSplit</c> from it.
/// </summary>
public sealed record EmvaPatternParts(Quantity? Total, Quantity? Column, Quantity? Row, Quantity? Pixel, Quantity? HighPass)
{
    /// <summary>No part measured (no bright set with a dark to take off).</summary>
    public static EmvaPatternParts None { get; } = new(null, null, null, null, null);
}
