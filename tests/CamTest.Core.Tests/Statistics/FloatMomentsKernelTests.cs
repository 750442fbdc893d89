using System.Runtime.InteropServices;
using CamTest.Core.Statistics;
using CamTest.IO;

namespace CamTest.Core.Tests.Statistics;

public class FloatMomentsKernelTests
{
    [Theory]
    [InlineData(PixelType.Float32)]
    [InlineData(PixelType.Float64)]
    public void Matches_a_plain_two_pass_computation_at_every_length_up_to_256(PixelType type)
    {
        for (int length = 0; length <= 256; length++)
        {
            AssertMatchesTwoPass(type, RandomValues(length, offset: 1000, spread: 50, seed: length));
        }

        AssertMatchesTwoPass(type, RandomValues(1_000_003, offset: 1000, spread: 50, seed: 11));
    }

    [Fact]
    public void Keeps_the_variance_of_a_small_spread_on_a_large_offset()
    {
        // float32 values 1e6 + {0, 0.5}: the population variance is exactly 0.0625. A one-pass double sum of
        // squares (~1e12 * N) would lose about 4 of its 16 digits; the two-pass kernel keeps ~1e-12 relative.
        float[] values = [.. Enumerable.Range(0, 100_001).Select(i => 1e6f + (i % 2 == 0 ? 0f : 0.5f))];
        FloatMoments moments = MomentsKernels.Compute(values);
        double expectedMean = 1e6 + (0.5 * 50_000 / 100_001);
        double p = 50_000.0 / 100_001;
        Assert.Equal(expectedMean, moments.Mean, 1e-9);
        Assert.Equal(0.25 * p * (1 - p), moments.PopulationVariance, 1e-12);
    }

    [Fact]
    public void Combine_of_two_halves_equals_the_whole()
    {
        double[] values = RandomValues(10_000, offset: 500, spread: 20, seed: 5);
        FloatMoments whole = MomentsKernels.Compute(values);
        FloatMoments merged = MomentsKernels.Compute(values.AsSpan(0, 3_333)).Combine(MomentsKernels.Compute(values.AsSpan(3_333)));
        Assert.Equal(whole.Count, merged.Count);
        Assert.Equal(whole.Mean, merged.Mean, 1e-10);
        // Chan's merge and the two-pass sum round differently: agreement to 1e-12 relative is float precision.
        Assert.Equal(whole.SampleVariance, merged.SampleVariance, whole.SampleVariance * 1e-12);
        Assert.Equal(whole.Min, merged.Min);
        Assert.Equal(whole.Max, merged.Max);
    }

    private static double[] RandomValues(int length, double offset, double spread, int seed)
    {
        var random = new Random(seed);
        return [.. Enumerable.Range(0, length).Select(_ => offset + (spread * (random.NextDouble() - 0.5)))];
    }

    private static void AssertMatchesTwoPass(PixelType type, double[] values)
    {
        byte[] bytes = type == PixelType.Float32
            ? MemoryMarshal.AsBytes(values.Select(v => (float)v).ToArray().AsSpan()).ToArray()
            : MemoryMarshal.AsBytes(values.AsSpan()).ToArray();
        double[] stored = type == PixelType.Float32 ? [.. values.Select(v => (double)(float)v)] : values;
        IMoments moments = MomentsKernels.Compute(bytes, type);
        Assert.Equal(values.Length, moments.Count);
        if (values.Length == 0)
        {
            Assert.True(double.IsNaN(moments.Mean));
            return;
        }

        (double mean, double variance) = PixelData.TwoPass(stored);
        // Both are double sums of at most 1e6 terms of magnitude ~1e3: rounding differences stay below 1e-10 relative.
        Assert.Equal(mean, moments.Mean, Math.Abs(mean) * 1e-10);
        Assert.Equal(variance, moments.PopulationVariance, (variance * 1e-10) + 1e-12);
        Assert.Equal(stored.Min(), moments.Min);
        Assert.Equal(stored.Max(), moments.Max);
    }
}
