using System.Numerics;
using CamTest.Core.Statistics;
using CamTest.IO;

namespace CamTest.Core.Tests.Statistics;

/// <summary>
/// Pair-difference kernels against an exact scalar reference (BigInteger sums of the differences), the pattern of
/// <see cref="IntegerMomentsKernelTests"/>: every integer type, every length 0..256 (each SIMD width and every tail
/// length), a large odd length (every block flush), and spans that start off any vector alignment.
/// </summary>
public class PairDifferenceKernelTests
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
            // The second frame of another kind: "max" against "min" gives the largest differences of either sign.
            AssertMatchesReference(type, PixelData.Values(type, length, kind, seed: length), PixelData.Values(type, length, Opposite(kind), seed: length + 500), 0);
        }
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void Exact_sums_match_the_scalar_reference_on_a_large_odd_frame(PixelType type, string kind)
    {
        AssertMatchesReference(type, PixelData.Values(type, 1_000_003, kind, seed: 7), PixelData.Values(type, 1_000_003, Opposite(kind), seed: 8), 0);
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void Spans_starting_off_alignment_give_the_same_sums(PixelType type, string kind)
    {
        // Both frames start 1..3 pixels into their buffers, so no load is vector-aligned; lengths cross a vector.
        foreach (int skip in new[] { 1, 2, 3 })
        {
            foreach (int length in new[] { 31, 64, 97, 1001 })
            {
                AssertMatchesReference(type, PixelData.Values(type, length + skip, kind, seed: length), PixelData.Values(type, length + skip, Opposite(kind), seed: length + 1), skip);
            }
        }
    }

    private static string Opposite(string kind) => kind switch { "max" => "min", "min" => "max", _ => kind };

    private static void AssertMatchesReference(PixelType type, long[] x, long[] y, int skip)
    {
        int bytesPerPixel = type.BytesPerPixel();
        byte[] a = PixelData.ToBytes(x, type), b = PixelData.ToBytes(y, type);
        PairDifference pair = PairDifferenceKernels.Compute(a.AsSpan(skip * bytesPerPixel), b.AsSpan(skip * bytesPerPixel), type);
        long[] xs = x[skip..], ys = y[skip..];
        long[] diff = [.. xs.Zip(ys, (p, q) => p - q)];
        var d = (IntegerMoments)pair.Difference;
        Assert.Equal(diff.Length, d.Count);
        Assert.Equal(PixelData.Sum(diff), (BigInteger)d.Sum);
        Assert.Equal(PixelData.SumOfSquares(diff), (BigInteger)d.SumOfSquares);
        if (diff.Length == 0)
        {
            Assert.True(double.IsNaN(pair.MeanA) && double.IsNaN(pair.MeanB));
            return;
        }

        Assert.Equal(diff.Min(), d.Min);
        Assert.Equal(diff.Max(), d.Max);
        // The frames' means from their exact sums: the same double as the exact sum over the count.
        Assert.Equal((double)PixelData.Sum(xs) / xs.Length, pair.MeanA);
        Assert.Equal((double)PixelData.Sum(ys) / ys.Length, pair.MeanB);
    }
}
