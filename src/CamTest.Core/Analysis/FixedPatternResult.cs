using CamTest.Core.Results;

namespace CamTest.Core.Analysis;

/// <summary>
/// The averaged bias's fixed pattern in electrons (<see cref="FixedPatternNoise"/>). results.json's <c>fixedPattern</c>
/// is this and the PRNU of one flat level together (<c>Session.ResultsMapper.FixedPattern</c>).
/// </summary>
/// <param name="Dsnu">Pixel-to-pixel offset spread, e-; null below what the stack resolves.</param>
/// <param name="RowNoise">The part of it that is whole rows, e-; null below resolution.</param>
/// <param name="ColumnNoise">The part of it that is whole columns, e-; null below resolution.</param>
/// <param name="Frames">Bias frames averaged.</param>
/// <param name="PixelsUsed">Pixels left after the hot-pixel mask.</param>
public sealed record FixedPatternResult(Quantity? Dsnu, Quantity? RowNoise, Quantity? ColumnNoise, int Frames, long PixelsUsed);
