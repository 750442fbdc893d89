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
}
