using CamTest.Core.Statistics;

namespace CamTest.Core.Tests.Statistics;

public class ExactVarianceTests
{
    [Fact]
    public void The_64_bit_form_equals_the_128_bit_form_to_the_last_bit()
    {
        // Per-pixel sums of uint16 and int16 frames (negative sums too), from 2 to 100,000 frames, with the largest
        // codes: the 64-bit form wraps around 2^64 on the way and must still land on the same integer.
        var random = new Random(6);
        for (int t = 0; t < 20_000; t++)
        {
            int frames = t < 10 ? 100_000 : 2 + random.Next(500);
            bool signed = t % 2 == 1;
            long sum = 0;
            ulong squares = 0;
            int centre = t < 10 ? 65_000 : random.Next(signed ? -30_000 : 0, 65_000);
            for (int f = 0; f < frames; f++)
            {
                long x = signed ? Math.Clamp(centre - 32_768 + random.Next(-50, 51), short.MinValue, short.MaxValue) : Math.Clamp(centre + random.Next(-50, 51), 0, ushort.MaxValue);
                sum += x;
                squares += (ulong)(x * x);
            }

            Assert.Equal(ExactVariance.SumOfSquaredDeviations(frames, (Int128)sum, (UInt128)squares), ExactVariance.SumOfSquaredDeviations(frames, sum, squares));
        }
    }

    [Fact]
    public void The_form_for_many_pixels_equals_the_64_bit_form_to_the_last_bit()
    {
        // Random sums and sums of squares (the formula's result is the same bits whatever they are, even when no data
        // could give them), counts 1 to 2^20, and sums at the edges of the double path: quotients just below and at
        // integers, 2^53 - 1 and 2^53 (where the integer division takes over), negative sums.
        var random = new Random(7);
        var cases = new List<(long Count, long Sum, ulong Squares)>();
        for (int t = 0; t < 200_000; t++)
        {
            long count = t % 3 == 0 ? 1 + random.Next(1 << 20) : 1 + random.Next(200);
            long sum = random.Next(4) switch
            {
                0 => random.NextInt64(0, 1L << 53),
                1 => (random.NextInt64(1, (1L << 53) / count) * count) - random.Next(0, 2),
                2 => random.NextInt64(-(1L << 40), 1L << 40),
                _ => random.NextInt64(long.MinValue, long.MaxValue),
            };
            cases.Add((count, sum, (ulong)random.NextInt64() ^ ((ulong)random.Next(2) << 63)));
        }

        foreach (long sum in new[] { 0L, 1L, (1L << 53) - 1, 1L << 53, (1L << 53) + 1, long.MaxValue, -1L, long.MinValue })
        {
            foreach (long count in new[] { 1L, 2L, 3L, 100L, 99_999L, 1L << 40 })
            {
                cases.Add((count, sum, 12345));
            }
        }

        foreach ((long count, long sum, ulong squares) in cases)
        {
            Assert.Equal(
                BitConverter.DoubleToInt64Bits(ExactVariance.SumOfSquaredDeviations(count, sum, squares)),
                BitConverter.DoubleToInt64Bits(ExactVariance.SumOfSquaredDeviationsOfMany(count, sum, squares)));
        }
    }
}
