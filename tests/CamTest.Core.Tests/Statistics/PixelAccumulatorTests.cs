using CamTest.Core.Statistics;
using CamTest.IO;

namespace CamTest.Core.Tests.Statistics;

public class PixelAccumulatorTests
{
    public static TheoryData<PixelType> IntegerTypes() =>
        [PixelType.UInt8, PixelType.UInt16, PixelType.Int16, PixelType.UInt32, PixelType.Int32];

    [Theory]
    [MemberData(nameof(IntegerTypes))]
    public void Maps_equal_direct_per_pixel_computation(PixelType type)
    {
        const int pixels = 37, frames = 9;
        long[][] stack = [.. Enumerable.Range(0, frames).Select(f => PixelData.Values(type, pixels, "random", seed: f))];
        var accumulator = new PixelAccumulator(pixels, type);
        foreach (long[] frame in stack)
        {
            accumulator.Add(PixelData.ToBytes(frame, type));
        }

        double[] mean = accumulator.MeanMap(), sample = accumulator.VarianceMap(), population = accumulator.VarianceMap(sample: false);
        for (int p = 0; p < pixels; p++)
        {
            long[] series = [.. stack.Select(frame => frame[p])];
            double exactPopulation = PixelData.PopulationVariance(series);
            // Exact paths round once; the Welford path (32-bit types) accumulates ~1e-15 per frame: 1e-12 relative.
            double tolerance = (exactPopulation * 1e-12) + 1e-9;
            // Exact rational reference; the map rounds once (exact path) or once per frame (Welford), each rounding
            // relative to the values' magnitude (up to 2^31), not to the mean's: 1e-14 x max|x| covers it.
            double scale = series.Max(v => Math.Abs((double)v));
            Assert.Equal((double)PixelData.Sum(series) / frames, mean[p], (scale * 1e-14) + 1e-12);
            Assert.Equal(exactPopulation, population[p], tolerance);
            Assert.Equal(exactPopulation * frames / (frames - 1), sample[p], tolerance * 2);
        }

        Assert.Equal(frames, accumulator.FrameCount);
    }

    [Theory]
    [InlineData(PixelType.UInt16, 0)]
    [InlineData(PixelType.UInt16, 1)]
    [InlineData(PixelType.UInt16, 2)]
    [InlineData(PixelType.UInt16, 9)]
    [InlineData(PixelType.Int16, 9)]
    [InlineData(PixelType.Float32, 1)]
    [InlineData(PixelType.Float32, 9)]
    public void Moments_into_spans_equal_mean_and_variance_pixel_by_pixel_to_the_last_bit(PixelType type, int frames)
    {
        const int pixels = 300;
        var random = new Random(frames);
        var accumulator = new PixelAccumulator(pixels, type);
        for (int f = 0; f < frames; f++)
        {
            var bytes = new byte[pixels * type.BytesPerPixel()];
            if (type == PixelType.Float32)
            {
                float[] values = [.. Enumerable.Range(0, pixels).Select(_ => 100f + (10f * random.NextSingle()))];
                Buffer.BlockCopy(values, 0, bytes, 0, bytes.Length);
            }
            else
            {
                random.NextBytes(bytes);
            }

            accumulator.Add(bytes);
        }

        // The whole accumulator and a first part of it (a tile's last, shorter rows).
        foreach (int length in new[] { pixels, 97 })
        {
            double[] mean = new double[length], variance = new double[length];
            accumulator.MomentsInto(mean, variance);
            for (int i = 0; i < length; i++)
            {
                Assert.Equal(BitConverter.DoubleToInt64Bits(accumulator.Mean(i)), BitConverter.DoubleToInt64Bits(mean[i]));
                Assert.Equal(BitConverter.DoubleToInt64Bits(accumulator.Variance(i)), BitConverter.DoubleToInt64Bits(variance[i]));
            }
        }

        Assert.Throws<ArgumentException>(() => accumulator.MomentsInto(new double[pixels + 1], new double[pixels + 1]));
    }

    [Theory]
    [InlineData(PixelType.UInt16)]
    [InlineData(PixelType.Float32)]
    public void Combined_accumulators_equal_one_over_all_frames(PixelType type)
    {
        const int pixels = 1001;
        var random = new Random(2);
        byte[][] frames = [.. Enumerable.Range(0, 6).Select(_ =>
        {
            var bytes = new byte[pixels * type.BytesPerPixel()];
            if (type == PixelType.Float32)
            {
                float[] values = [.. Enumerable.Range(0, pixels).Select(_ => 100f + (10f * random.NextSingle()))];
                Buffer.BlockCopy(values, 0, bytes, 0, bytes.Length);
            }
            else
            {
                random.NextBytes(bytes);
            }

            return bytes;
        })];
        var all = new PixelAccumulator(pixels, type);
        var first = new PixelAccumulator(pixels, type);
        var second = new PixelAccumulator(pixels, type);
        for (int f = 0; f < frames.Length; f++)
        {
            all.Add(frames[f]);
            (f < 2 ? first : second).Add(frames[f]);
        }

        first.Combine(second);
        // Exact for uint16; float merges (Chan vs sequential Welford) agree to double rounding: 1e-9 absolute on ~10 ADU^2.
        Assert.Equal(all.MeanMap(), first.MeanMap(), (x, y) => Math.Abs(x - y) <= 1e-9);
        Assert.Equal(all.VarianceMap(), first.VarianceMap(), (x, y) => Math.Abs(x - y) <= 1e-9);
    }

    [Fact]
    public void Uint16_full_scale_frames_do_not_overflow()
    {
        // 65535 in every pixel of 1000 frames: sums of squares reach 4.3e12 per pixel; mean 65535, variance 0.
        var accumulator = new PixelAccumulator(40, PixelType.UInt16);
        byte[] frame = PixelData.ToBytes(PixelData.Values(PixelType.UInt16, 40, "max", 0), PixelType.UInt16);
        for (int f = 0; f < 1000; f++)
        {
            accumulator.Add(frame);
        }

        Assert.All(accumulator.MeanMap(), m => Assert.Equal(65535, m));
        Assert.All(accumulator.VarianceMap(), v => Assert.Equal(0, v));
    }
}
