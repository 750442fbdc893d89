using CamTest.Core.Statistics;
using CamTest.IO;

namespace CamTest.Core.Tests.Statistics;

public class IntegerMomentsKernelTests
{
    public static TheoryData<PixelType, string> Cases()
    {
        var data = new TheoryData<PixelType, string>();
        foreach (PixelType type in PixelData.IntegerTypes)
        {
            foreach (string kind in new[] { "random", "max", "min", "extremes" })
            {
                data.Add(type, kind);
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void Exact_sums_match_the_scalar_reference_at_every_length_up_to_256(PixelType type, string kind)
    {
        for (int length = 0; length <= 256; length++)
        {
            AssertMatchesReference(type, PixelData.Values(type, length, kind, seed: length), length);
        }
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void Exact_sums_match_the_scalar_reference_on_a_large_odd_frame(PixelType type, string kind)
    {
        // 1_000_003 pixels: many SIMD blocks (so every lane flush runs) plus a scalar tail.
        AssertMatchesReference(type, PixelData.Values(type, 1_000_003, kind, seed: 7), 1_000_003);
    }

    [Fact]
    public void Unaligned_start_gives_the_same_sums()
    {
        long[] values = PixelData.Values(PixelType.UInt16, 1001, "random", seed: 3);
        byte[] bytes = PixelData.ToBytes(values, PixelType.UInt16);
        var moments = (IntegerMoments)MomentsKernels.Compute(bytes.AsSpan(2), PixelType.UInt16);
        Assert.Equal(PixelData.Sum(values.Skip(1)), (System.Numerics.BigInteger)moments.Sum);
        Assert.Equal(PixelData.SumOfSquares(values.Skip(1)), (System.Numerics.BigInteger)moments.SumOfSquares);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(7)]
    [InlineData(8)]
    [InlineData(255)]
    [InlineData(300_001)]
    public void Portable_fallback_paths_of_uint16_match_the_reference(int length)
    {
        // An AVX2 machine runs the VPMADDWD path, so the portable Vector128 fallback is called directly.
        foreach (string kind in new[] { "random", "max", "min", "extremes" })
        {
            long[] values = PixelData.Values(PixelType.UInt16, length, kind, seed: length);
            ushort[] pixels = [.. values.Select(v => (ushort)v)];
            AssertPathMatches(values, pixels, UInt16MomentsKernel.Vector128Path);
        }
    }

    private delegate int UInt16Path(ReadOnlySpan<ushort> x, ref ExactTotals acc);

    private static void AssertPathMatches(long[] values, ushort[] pixels, UInt16Path path)
    {
        var totals = new ExactTotals();
        int done = path(pixels, ref totals);
        foreach (ushort tail in pixels.AsSpan(done))
        {
            totals.Add(tail);
        }

        Assert.Equal(PixelData.Sum(values), (System.Numerics.BigInteger)totals.Sum);
        Assert.Equal(PixelData.SumOfSquares(values), (System.Numerics.BigInteger)totals.SumOfSquares);
        if (values.Length > 0)
        {
            Assert.Equal(values.Min(), totals.Min);
            Assert.Equal(values.Max(), totals.Max);
        }
    }

    private static void AssertMatchesReference(PixelType type, long[] values, int length)
    {
        var moments = (IntegerMoments)MomentsKernels.Compute(PixelData.ToBytes(values, type), type);
        Assert.Equal(length, moments.Count);
        Assert.Equal(PixelData.Sum(values), (System.Numerics.BigInteger)moments.Sum);
        Assert.Equal(PixelData.SumOfSquares(values), (System.Numerics.BigInteger)moments.SumOfSquares);
        if (length == 0)
        {
            Assert.True(double.IsNaN(moments.Mean));
            return;
        }

        Assert.Equal(values.Min(), moments.Min);
        Assert.Equal(values.Max(), moments.Max);
        // Both sides are exact up to one final double rounding (plus r^2/N's rounding): 1e-12 relative.
        double expected = PixelData.PopulationVariance(values);
        Assert.Equal(expected, moments.PopulationVariance, Math.Max(1e-9, Math.Abs(expected) * 1e-12));
    }
}
