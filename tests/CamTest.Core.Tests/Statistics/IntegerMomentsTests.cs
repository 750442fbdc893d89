using System.Numerics;
using CamTest.Core.Statistics;

namespace CamTest.Core.Tests.Statistics;

public class IntegerMomentsTests
{
    [Fact]
    public void Known_answer_for_one_two_three_four()
    {
        IntegerMoments m = MomentsKernels.Compute(new ushort[] { 1, 2, 3, 4 });
        Assert.Equal(2.5, m.Mean);
        Assert.Equal(1.25, m.PopulationVariance, 1e-15);
        Assert.Equal(5.0 / 3.0, m.SampleVariance, 1e-15);
    }

    [Fact]
    public void Variance_is_exact_when_the_mean_is_huge_against_the_spread()
    {
        // uint32 codes 4e9 and 4e9 + 1 alternating: population variance exactly 0.25 although SumOfSquares ~ 1.6e25.
        uint[] values = [.. Enumerable.Range(0, 1_000_000).Select(i => 4_000_000_000u + (uint)(i % 2))];
        IntegerMoments m = MomentsKernels.Compute(values);
        Assert.Equal(0.25, m.PopulationVariance);
        Assert.Equal(4_000_000_000.5, m.Mean);
    }

    [Fact]
    public void Variance_of_negative_int32_data_handles_floor_division()
    {
        int[] values = [-7, -3, -2, int.MinValue, int.MaxValue];
        IntegerMoments m = MomentsKernels.Compute(values);
        long[] asLong = [.. values.Select(v => (long)v)];
        Assert.Equal(PixelData.PopulationVariance(asLong), m.PopulationVariance, PixelData.PopulationVariance(asLong) * 1e-15);
    }

    [Fact]
    public void Combine_of_parts_equals_the_whole_exactly_in_any_order()
    {
        long[] values = PixelData.Values(CamTest.IO.PixelType.Int16, 10_007, "random", seed: 9);
        short[] pixels = [.. values.Select(v => (short)v)];
        IntegerMoments whole = MomentsKernels.Compute(pixels);
        IntegerMoments a = MomentsKernels.Compute(pixels.AsSpan(0, 17));
        IntegerMoments b = MomentsKernels.Compute(pixels.AsSpan(17, 5000));
        IntegerMoments c = MomentsKernels.Compute(pixels.AsSpan(5017));
        Assert.Equal(whole, a.Combine(b).Combine(c));
        Assert.Equal(whole, c.Combine(IntegerMoments.Empty).Combine(a.Combine(b)));
        Assert.Equal(PixelData.Sum(values), (BigInteger)whole.Sum);
    }

    [Fact]
    public void Empty_moments_report_nan()
    {
        IMoments empty = IntegerMoments.Empty;
        Assert.Equal(0, empty.Count);
        Assert.True(double.IsNaN(empty.Mean));
        Assert.True(double.IsNaN(empty.PopulationVariance));
        Assert.True(double.IsNaN(empty.Min));
    }
}
