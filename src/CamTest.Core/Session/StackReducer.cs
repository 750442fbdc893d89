using CamTest.Core.Statistics;
using CamTest.IO;

namespace CamTest.Core.Session;

/// <summary>
/// Reduces a stack to a <see cref="StackSummary"/> in one streamed pass: each band is read once (overlapped with
/// computation by <see cref="FramePipeline"/>) and feeds every statistic. Memory is two frames plus, when asked
/// for, the per-pixel sums; it does not grow with the number of frames.
/// </summary>
public static class StackReducer
{
    public static StackSummary Reduce(IFrameSource source, bool perPixelMaps = false, IProgress<double>? progress = null)
    {
        StackInfo info = source.Info;
        PixelType type = info.PixelType;
        int bpp = info.BytesPerPixel;
        long rowBytes = (long)info.Width * bpp;
        var moments = new IMoments[info.FrameCount];
        var pairs = new PairDifference?[info.FrameCount / 2];
        // With fewer than 3 pairs the pairs' spread cannot give the variance's error; sum (A-B)^4 gives it instead.
        double[]? fourth = pairs.Length < StackSummary.PairsForSpread ? new double[pairs.Length] : null;
        byte[] firstOfPair = new byte[info.BytesPerFrame];
        byte[]? whole = perPixelMaps ? new byte[info.BytesPerFrame] : null;
        PixelAccumulator? perPixel = perPixelMaps ? new PixelAccumulator((int)info.PixelsPerFrame, type) : null;
        Histogram? codes = type is PixelType.UInt8 or PixelType.UInt16 or PixelType.Int16 ? Histogram.ForCodes(type) : null;

        FramePipeline.Run(
            source,
            (band, pixels) =>
            {
                int f = band.Frame;
                IMoments part = MomentsKernels.Compute(pixels, type);
                moments[f] = band.FirstRow == 0 ? part : MomentsKernels.Combine(moments[f], part);
                codes?.Add(pixels, type);
                Span<byte> sameBand = firstOfPair.AsSpan((int)(band.FirstRow * rowBytes), pixels.Length);
                if (f % 2 == 0)
                {
                    pixels.CopyTo(sameBand);
                }
                else
                {
                    PairDifference d = PairDifferenceKernels.Compute(sameBand, pixels, type);
                    pairs[f / 2] = band.FirstRow == 0 ? d : pairs[f / 2]!.Combine(d);
                    if (fourth is not null)
                    {
                        fourth[f / 2] += PairFourthPower.Sum(sameBand, pixels, type);
                    }
                }

                if (whole is not null)
                {
                    pixels.CopyTo(whole.AsSpan((int)(band.FirstRow * rowBytes)));
                    if (band.FirstRow + band.RowCount == info.Height)
                    {
                        perPixel!.Add(whole);
                    }
                }
            },
            progress: progress);

        (double top, double fraction) = codes is null ? (double.NaN, 0) : TopCodePileUp(codes);
        // The type's lowest code (0 for unsigned data): values pile up there when the offset is too low for the noise.
        double bottomFraction = codes is null || codes.Total == 0 ? 0 : codes.Counts[0] / (double)codes.Total;
        return new StackSummary(info, moments, [.. pairs.Select(p => p!)], top, fraction, perPixel)
        {
            PairFourthPowerSums = fourth,
            BottomCodeFraction = bottomFraction,
        };
    }

    /// <summary>
    /// The highest code present and the fraction of pixels on it when they pile up there. A clipped distribution
    /// (ADC top code or full well) stacks values on its top code; a free tail thins out instead, so a top code
    /// holding fewer values than the code below it is a tail, not clipping, and counts as zero.
    /// </summary>
    private static (double Top, double Fraction) TopCodePileUp(Histogram codes)
    {
        ReadOnlySpan<long> counts = codes.Counts;
        int top = counts.Length - 1;
        while (top >= 0 && counts[top] == 0)
        {
            top--;
        }

        if (top < 0)
        {
            return (double.NaN, 0);
        }

        long below = top > 0 ? counts[top - 1] : 0;
        double fraction = counts[top] > below ? counts[top] / (double)codes.Total : 0;
        return (codes.BinLower(top), fraction);
    }
}
