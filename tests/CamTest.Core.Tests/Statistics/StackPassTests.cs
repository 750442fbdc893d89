using CamTest.Core.Statistics;
using CamTest.IO;
using Xunit;

namespace CamTest.Core.Tests.Statistics;

/// <summary>
/// <see cref="StackPass"/> feeds every accumulator the same figures whatever the tile size: tile-major order, a pair's
/// two frames read together, and per-pixel tiles (several frames at a time) placed into the whole maps (exact, for
/// integer data).
/// </summary>
public sealed class StackPassTests
{
    private const int Width = 19;
    private const int Height = 23;

    [Theory]
    [InlineData(1, 7)] // odd: the last frame has no partner
    [InlineData(4, 7)]
    [InlineData(Height, 7)]
    [InlineData(4, 19)] // several reads of 8 frames per tile, the last of 3
    [InlineData(Height, 16)] // reads of 8 frames ending at the last frame
    public void Every_accumulator_gives_the_whole_frame_result_whatever_the_tile(int rowsPerTile, int frames)
    {
        var random = new Random(rowsPerTile + frames);
        ushort[] values = [.. Enumerable.Range(0, frames * Width * Height).Select(_ => (ushort)random.Next(0, 4096))];
        using MemoryFrameSource source = MemoryFrameSource.Of<ushort>(values, Width, Height, PixelType.UInt16);
        var moments = new FrameMomentsAccumulator(source.Info);
        var pairs = new PairDifferenceAccumulator(source.Info, fourthPowers: true);
        var maps = new PixelMapsAccumulator(source.Info);
        var codes = CodeExtremes.For(PixelType.UInt16, 12);
        StackPass.Run(source, [moments, pairs, maps, codes], tileBytes: rowsPerTile * Width * 2);

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

        double[] mean = maps.Result.Mean, variance = maps.Result.Variance;
        for (int i = 0; i < n; i++)
        {
            long total = 0;
            long squares = 0;
            for (int f = 0; f < frames; f++)
            {
                total += values[(f * n) + i];
                squares += (long)values[(f * n) + i] * values[(f * n) + i];
            }

            // Exact integer sums, so the same doubles as the one-line formulas (divided once, each rounded once).
            Assert.Equal((double)total / frames, mean[i]);
            Assert.Equal(ExactVariance.SumOfSquaredDeviations(frames, total, (ulong)squares) / (frames - 1), variance[i]);
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
        var failing = new Failing();
        var other = new Failing(failAtFrame: int.MaxValue);
        // Of equal cost, the first runs on this thread and the second on the pool.
        IStackAccumulator[] accumulators = failingFirst ? [failing, other] : [other, failing];
        var ex = Assert.Throws<InvalidInputException>(() => StackPass.Run(source, accumulators));
        Assert.Contains("frame 3", ex.Message);
    }

    private sealed class Failing(int failAtFrame = 3) : IStackAccumulator
    {
        public void Add(FrameBand band, ReadOnlySpan<byte> pixels, ReadOnlySpan<byte> previous)
        {
            if (band.Frame == failAtFrame)
            {
                throw new InvalidInputException("stack.tif", $"frame {band.Frame} refused");
            }
        }
    }
}
