using CamTest.Core.Statistics;
using CamTest.IO;
using Xunit;

namespace CamTest.Core.Tests.Statistics;

/// <summary>
/// <see cref="StackPass"/> feeds every accumulator the same figures whatever the tile size: tile-major order, the
/// previous frame's band for pairs, and per-pixel tiles placed into the whole frame (exact, for integer data).
/// </summary>
public sealed class StackPassTests
{
    private const int Width = 19;
    private const int Height = 23;

    [Theory]
    [InlineData(1)]
    [InlineData(4)]
    [InlineData(Height)]
    public void Every_accumulator_gives_the_whole_frame_result_whatever_the_tile(int rowsPerTile)
    {
        const int frames = 7; // odd: the last frame has no partner
        var random = new Random(rowsPerTile);
        ushort[] values = [.. Enumerable.Range(0, frames * Width * Height).Select(_ => (ushort)random.Next(0, 4096))];
        using MemoryFrameSource source = MemoryFrameSource.Of<ushort>(values, Width, Height, PixelType.UInt16);
        var moments = new FrameMomentsAccumulator(source.Info);
        var pairs = new PairDifferenceAccumulator(source.Info, fourthPowers: true);
        var sums = new PixelSumsAccumulator(source.Info);
        var codes = CodeExtremes.For(PixelType.UInt16, 12);
        StackPass.Run(source, [moments, pairs, sums, codes], tileBytes: rowsPerTile * Width * 2);

        int n = Width * Height;
        for (int f = 0; f < frames; f++)
        {
            var frame = values.AsSpan(f * n, n).ToArray();
            var m = Assert.IsType<IntegerMoments>(moments.Moments[f]);
            Assert.Equal((n, frame.Sum(v => (long)v), frame.Min(), frame.Max()), (m.Count, (long)m.Sum, m.Min, m.Max));
        }

        Assert.Equal(frames / 2, pairs.Pairs.Count);
        for (int p = 0; p < frames / 2; p++)
        {
            long[] d = [.. Enumerable.Range(0, n).Select(i => (long)values[(2 * p * n) + i] - values[(((2 * p) + 1) * n) + i])];
            var diff = Assert.IsType<IntegerMoments>(pairs.Pairs[p].Difference);
            Assert.Equal((d.Sum(), d.Sum(v => v * v)), ((long)diff.Sum, (long)diff.SumOfSquares));
            // Sums of (A - B)^4 are kept in double: equal to 1e-12 relative whatever the order of the bands.
            double fourth = d.Sum(v => Math.Pow(v, 4));
            Assert.True(Math.Abs(pairs.FourthPowerSums![p] - fourth) <= 1e-12 * fourth, $"pair {p}: {pairs.FourthPowerSums[p]} vs {fourth}");
        }

        double[] mean = sums.Result.MeanMap();
        for (int i = 0; i < n; i++)
        {
            long total = 0;
            for (int f = 0; f < frames; f++)
            {
                total += values[(f * n) + i];
            }

            Assert.Equal((double)total / frames, mean[i]);
        }

        Assert.Equal(frames * n, codes.Pixels);
        Assert.Equal(values.Max(), codes.Max);
    }

    /// <summary>Accumulators are shared between this thread and the pool: a failure on either side arrives as itself.</summary>
    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public void A_failing_accumulator_s_exception_arrives_unwrapped_from_either_core(bool failingFirst)
    {
        ushort[] values = new ushort[6 * Width * Height];
        using MemoryFrameSource source = MemoryFrameSource.Of<ushort>(values, Width, Height, PixelType.UInt16);
        var failing = new Failing(needsPrevious: true);
        var other = new Failing(needsPrevious: false, failAtFrame: int.MaxValue);
        // Of equal cost, the first runs on this thread and the second on the pool.
        IStackAccumulator[] accumulators = failingFirst ? [failing, other] : [other, failing];
        var ex = Assert.Throws<InvalidInputException>(() => StackPass.Run(source, accumulators));
        Assert.Contains("frame 3", ex.Message);
    }

    private sealed class Failing(bool needsPrevious, int failAtFrame = 3) : IStackAccumulator
    {
        public bool NeedsPreviousFrame => needsPrevious;

        public void Add(FrameBand band, ReadOnlySpan<byte> pixels, ReadOnlySpan<byte> previous)
        {
            if (band.Frame == failAtFrame)
            {
                throw new InvalidInputException("stack.tif", $"frame {band.Frame} refused");
            }
        }
    }
}
