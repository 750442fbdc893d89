using CamTest.Core.Statistics;
using CamTest.IO;

namespace CamTest.Core.Session;

/// <summary>
/// Reduces a stack to a <see cref="StackSummary"/> in one <see cref="StackPass"/>: each band is read once and feeds
/// every statistic (frame moments, pair differences, the codes at either end, and when asked for the per-pixel sums).
/// Memory is two reads' buffers plus, when asked for, the per-pixel mean and variance maps; it does not grow with the number of frames.
/// </summary>
public static class StackReducer
{
    public static StackSummary Reduce(IFrameSource source, bool perPixelMaps = false, IProgress<double>? progress = null)
    {
        StackInfo info = source.Info;
        PixelType type = info.PixelType;
        var moments = new FrameMomentsAccumulator(info);
        // Each pair's sum (A-B)^4 gives the temporal variance's error (PairVarianceError), however many pairs there are.
        var pairs = new PairDifferenceAccumulator(info, fourthPowers: true);
        // Clipping is looked for where every code can be told apart: 8- and 16-bit data.
        CodeExtremes? codes = type is PixelType.UInt8 or PixelType.UInt16 or PixelType.Int16 ? CodeExtremes.For(type, 0) : null;
        PixelMapsAccumulator? perPixel = perPixelMaps ? new PixelMapsAccumulator(info) : null;
        StackPass.Run(source, [moments, pairs, .. new IStackAccumulator?[] { codes, perPixel }.OfType<IStackAccumulator>()], progress);

        (double top, double fraction) = codes is null ? new TopCode(double.NaN, 0) : TopCodePileUp(codes);
        // The type's lowest code (0 for unsigned data): values pile up there when the offset is too low for the noise.
        double bottomFraction = codes is null || codes.Pixels == 0 ? 0 : codes.AtLowest / (double)codes.Pixels;
        return new StackSummary(info, moments.Moments, pairs.Pairs, top, fraction, perPixel?.Result)
        {
            PairFourthPowerSums = pairs.FourthPowerSums,
            BottomCodeFraction = bottomFraction,
        };
    }

    /// <summary>
    /// The highest code present and the fraction of pixels on it when they pile up there. A clipped distribution
    /// (ADC top code or full well) stacks values on its top code; a free tail thins out instead, so a top code
    /// holding fewer values than the code below it is a tail, not clipping, and counts as zero.
    /// </summary>
    private static TopCode TopCodePileUp(CodeExtremes codes) =>
        codes.Pixels == 0 ? new(double.NaN, 0) : new(codes.Max, codes.AtMax > codes.BelowMax ? codes.AtMax / (double)codes.Pixels : 0);

    /// <summary>The highest code present, and the fraction of pixels piled up on it (0 for a free tail).</summary>
    private readonly record struct TopCode(double Top, double Fraction);
}
