using CamTest.Core.Diagnostics;
using CamTest.Core.Results;

namespace CamTest.Core.Emva;

/// <summary>A dark current checked for sign: the rate when it is not negative; else no rate, the note that says why
/// and the figure's not-measured entry.</summary>
public sealed record EmvaPositiveRate(Quantity? Rate, Diagnostic? Note, EmvaFiguresNotMeasured? NotMeasured);
