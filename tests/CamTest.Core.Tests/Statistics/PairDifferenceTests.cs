using System.Numerics;
using System.Runtime.InteropServices;
using CamTest.Core.Statistics;
using CamTest.IO;

namespace CamTest.Core.Tests.Statistics;

public class PairDifferenceTests
{
    [Fact]
    public void Known_answer_follows_the_emva_formula()
    {
        // A = {10, 12, 14, 16}, B = {11, 11, 11, 11}: A - B = {-1, 1, 3, 5}; sum d^2 = 36, N = 4, muA - muB = 2.
        // EMVA R4: sigma^2 = 36 / (2*4) - 2^2/2 = 4.5 - 2 = 2.5.
        PairDifference pair = PairDifferenceKernels.Compute(new ushort[] { 10, 12, 14, 16 }, new ushort[] { 11, 11, 11, 11 });
        Assert.Equal(2.5, pair.TemporalVariance, 1e-15);
        Assert.Equal(13, pair.MeanA);
        Assert.Equal(11, pair.MeanB);
        Assert.Equal(12, pair.Mean);
    }

    public static TheoryData<PixelType> AllTypes() =>
        [PixelType.UInt8, PixelType.UInt16, PixelType.Int16, PixelType.UInt32, PixelType.Int32, PixelType.Float32, PixelType.Float64];

    [Theory]
    [MemberData(nameof(AllTypes))]
    public void Matches_a_direct_two_pass_computation_for_every_type(PixelType type)
    {
        foreach (int length in new[] { 1, 2, 15, 16, 17, 255, 4097, 10_001 })
        {
            (byte[] a, byte[] b, double[] x, double[] y) = Frames(type, length, seed: length);
            PairDifference pair = PairDifferenceKernels.Compute(a, b, type);
            double[] d = [.. x.Zip(y, (p, q) => p - q)];
            (double meanD, double varD) = PixelData.TwoPass(d);
            double expected = (d.Sum(v => v * v) / (2.0 * length)) - (meanD * meanD / 2);
            Assert.Equal(length, pair.Count);
            // Reference is a double two-pass sum: agreement to 1e-9 relative covers its rounding on 1e4 terms.
            Assert.Equal(varD / 2, pair.TemporalVariance, (Math.Abs(varD) * 1e-9) + 1e-9);
            Assert.Equal(expected, pair.TemporalVariance, (Math.Abs(expected) * 1e-6) + 1e-6);
            Assert.Equal(x.Average(), pair.MeanA, (Math.Abs(x.Average()) * 1e-12) + 1e-12);
            Assert.Equal(y.Average(), pair.MeanB, (Math.Abs(y.Average()) * 1e-12) + 1e-12);
        }
    }

    [Theory]
    [InlineData("random")]
    [InlineData("extremes")]
    public void Uint16_kernel_sums_are_exact_at_every_length_up_to_256(string kind)
    {
        for (int length = 0; length <= 256; length++)
        {
            AssertUInt16Exact(kind, length);
        }

        AssertUInt16Exact(kind, 1_000_003);
    }

    [Fact]
    public void Combine_of_bands_equals_the_whole()
    {
        (byte[] a, byte[] b, _, _) = Frames(PixelType.UInt16, 20_000, seed: 4);
        PairDifference whole = PairDifferenceKernels.Compute(a, b, PixelType.UInt16);
        PairDifference merged = PairDifferenceKernels.Compute(a.AsSpan(0, 6000), b.AsSpan(0, 6000), PixelType.UInt16)
            .Combine(PairDifferenceKernels.Compute(a.AsSpan(6000), b.AsSpan(6000), PixelType.UInt16));
        Assert.Equal(whole.Difference, merged.Difference);
        Assert.Equal(whole.TemporalVariance, merged.TemporalVariance);
        Assert.Equal(whole.MeanA, merged.MeanA, 1e-9);
    }

    private static void AssertUInt16Exact(string kind, int length)
    {
        long[] x = PixelData.Values(PixelType.UInt16, length, kind, seed: length);
        long[] y = PixelData.Values(PixelType.UInt16, length, kind, seed: length + 1000);
        PairDifference pair = PairDifferenceKernels.Compute(
            PixelData.ToBytes(x, PixelType.UInt16), PixelData.ToBytes(y, PixelType.UInt16), PixelType.UInt16);
        var d = (IntegerMoments)pair.Difference;
        long[] diff = [.. x.Zip(y, (p, q) => p - q)];
        Assert.Equal(PixelData.Sum(diff), (BigInteger)d.Sum);
        Assert.Equal(PixelData.SumOfSquares(diff), (BigInteger)d.SumOfSquares);
        if (length > 0)
        {
            Assert.Equal(diff.Min(), d.Min);
            Assert.Equal(diff.Max(), d.Max);
            Assert.Equal((double)PixelData.Sum(x) / length, pair.MeanA, 1e-9);
        }
    }

    private static (byte[] A, byte[] B, double[] X, double[] Y) Frames(PixelType type, int length, int seed)
    {
        var random = new Random(seed);
        if (!type.IsInteger())
        {
            double[] x = [.. Enumerable.Range(0, length).Select(_ => 1000 + (30 * random.NextDouble()))];
            double[] y = [.. Enumerable.Range(0, length).Select(_ => 990 + (30 * random.NextDouble()))];
            if (type == PixelType.Float32)
            {
                float[] fx = [.. x.Select(v => (float)v)], fy = [.. y.Select(v => (float)v)];
                return (MemoryMarshal.AsBytes(fx.AsSpan()).ToArray(), MemoryMarshal.AsBytes(fy.AsSpan()).ToArray(),
                    [.. fx.Select(v => (double)v)], [.. fy.Select(v => (double)v)]);
            }

            return (MemoryMarshal.AsBytes(x.AsSpan()).ToArray(), MemoryMarshal.AsBytes(y.AsSpan()).ToArray(), x, y);
        }

        long[] p = PixelData.Values(type, length, "random", seed);
        long[] q = PixelData.Values(type, length, "random", seed + 1);
        return (PixelData.ToBytes(p, type), PixelData.ToBytes(q, type), [.. p.Select(v => (double)v)], [.. q.Select(v => (double)v)]);
    }
}
