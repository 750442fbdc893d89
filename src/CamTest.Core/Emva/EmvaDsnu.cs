using CamTest.Core.Results;

namespace CamTest.Core.Emva;

/// <summary>DSNU of the dark spatial set: its split in electrons, and the total in ADU (null when its variance is not
/// above zero).</summary>
public sealed record EmvaDsnu(EmvaPatternParts Electrons, Quantity? TotalAdu);
