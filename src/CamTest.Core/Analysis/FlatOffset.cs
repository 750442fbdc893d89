namespace CamTest.Core.Analysis;

/// <summary>
/// What a flat holds without light, pixel by pixel: <c>Map[i] + Level</c> ADU. The map (the averaged bias) removes the
/// offset's own fixed pattern (DSNU, row and column offsets); without one, that pattern stays in the flat's spatial
/// variance, which at bright levels is a small overestimate (a few e- against a PRNU of tens of e-).
/// </summary>
/// <param name="Map">Per-pixel offset, ADU (row-major), or null for a uniform offset.</param>
/// <param name="Level">Added to every pixel, ADU: the whole offset without a map; with a map, what the dark at the flat's
/// exposure adds above the bias (0 when the bias is the offset).</param>
/// <param name="ResidualTemporalVariance">Temporal variance left in the map, ADU^2: the bias's temporal variance over
/// its frame count (0 without a map: a uniform level adds no spatial variance).</param>
public sealed record FlatOffset(double[]? Map, double Level, double ResidualTemporalVariance)
{
    /// <summary>Offset of pixel <paramref name="i"/>, ADU.</summary>
    public double At(int i) => (Map is null ? 0 : Map[i]) + Level;
}
