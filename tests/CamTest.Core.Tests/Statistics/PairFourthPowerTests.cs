using CamTest.Core.Statistics;
using Xunit;

namespace CamTest.Core.Tests.Statistics;

/// <summary>
/// The 16-bit SIMD sum of (A - B)^4 against the scalar loop it replaces, to the last bit: its lanes add integers
/// exactly while the total stays below 2^53, and it keeps the scalar order above that.
/// </summary>
public sealed class PairFourthPowerTests
{
    /// <summary>The scalar loop's order: one chain of double additions.</summary>
    private static double Sequential(ReadOnlySpan<ushort> a, ReadOnlySpan<ushort> b)
    {
        double sum = 0;
        for (int i = 0; i < a.Length; i++)
        {
            double d = (double)a[i] - b[i];
            sum += d * d * (d * d);
        }

        return sum;
    }

    [Theory]
    [InlineData(40)] // camera noise: totals far below 2^53, summed in lanes
    [InlineData(65535)] // full range: terms up to 1.8e19, the scalar order kept
    public void Equals_the_scalar_loop_at_every_length_and_offset(int spread)
    {
        var random = new Random(spread);
        ushort[] a = [.. Enumerable.Range(0, 300).Select(_ => (ushort)random.Next(0, spread + 1))];
        ushort[] b = [.. Enumerable.Range(0, 300).Select(_ => (ushort)random.Next(0, spread + 1))];
        for (int length = 0; length <= 256; length++)
        {
            for (int offset = 0; offset < 8; offset += length < 64 ? 1 : 3)
            {
                ReadOnlySpan<ushort> x = a.AsSpan(offset, length), y = b.AsSpan(offset + 1, length);
                Assert.Equal(Sequential(x, y), PairFourthPower.SumUInt16(x, y));
            }
        }
    }

    [Fact]
    public void Totals_either_side_of_two_to_the_53_equal_the_scalar_loop()
    {
        // 9,741^4 = 9.0036e15, just under 2^53 = 9.0072e15: one such term alone is exact, two are not.
        var random = new Random(53);
        foreach (int big in new[] { 0, 1, 2, 5 })
        {
            ushort[] a = [.. Enumerable.Range(0, 4096).Select(_ => (ushort)random.Next(0, 100))];
            ushort[] b = [.. Enumerable.Range(0, 4096).Select(_ => (ushort)random.Next(0, 100))];
            for (int k = 0; k < big; k++)
            {
                a[random.Next(a.Length)] = 9741;
            }

            Assert.Equal(Sequential(a, new ushort[a.Length]), PairFourthPower.SumUInt16(a, new ushort[a.Length]));
            Assert.Equal(Sequential(a, b), PairFourthPower.SumUInt16(a, b));
        }
    }
}
