using CamTest.Core.Statistics;

namespace CamTest.Core.Emva;

/// <summary>
/// A temporal set read: each consecutive pair's difference statistics (EMVA 1288 R4 variance, exact integer sums),
/// every frame's mean, and how many pixel values reached the top code.
/// </summary>
/// <param name="TopCodePixels">Pixel values at or above the ADC's top code, over every frame of the set.</param>
/// <param name="PixelsRead">Pixel values read (frames x pixels), the denominator of the top-code fraction.</param>
public sealed record ReducedPairs(EmvaSet Set, IReadOnlyList<PairDifference> Pairs, long TopCodePixels, long PixelsRead)
{
    public double TopCodeFraction => PixelsRead == 0 ? 0 : TopCodePixels / (double)PixelsRead;
}
