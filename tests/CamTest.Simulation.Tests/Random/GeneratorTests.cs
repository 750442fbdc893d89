using CamTest.Simulation.Random;

namespace CamTest.Simulation.Tests.Random;

public class GeneratorTests
{
    [Fact]
    public void Xoshiro_matches_an_independent_implementation_of_the_published_algorithm()
    {
        // Expected words from a separate Python implementation of SplitMix64 seeding + xoshiro256** (Vigna's
        // reference C code transcribed), seed 1: the byte stream is a contract across .NET versions.
        var rng = new Xoshiro256StarStar(1);
        Assert.Equal(0xb3f2af6d0fc710c5UL, rng.NextUInt64());
        Assert.Equal(0x853b559647364ceaUL, rng.NextUInt64());
        Assert.Equal(0x92f89756082a4514UL, rng.NextUInt64());
        Assert.Equal(0x642e1c7bc266a3a7UL, rng.NextUInt64());
        var zero = new Xoshiro256StarStar(0);
        Assert.Equal(0x99ec5f36cb75f2b4UL, zero.NextUInt64());
    }

    [Fact]
    public void Streams_with_different_keys_differ_and_the_same_key_repeats()
    {
        var a = Xoshiro256StarStar.ForStream(7, 1, 2, 3);
        var b = Xoshiro256StarStar.ForStream(7, 1, 2, 3);
        var c = Xoshiro256StarStar.ForStream(7, 1, 2, 4);
        ulong first = a.NextUInt64();
        Assert.Equal(first, b.NextUInt64());
        Assert.NotEqual(first, c.NextUInt64());
    }

    [Theory]
    [InlineData(0.05)]
    [InlineData(0.7)]
    [InlineData(3)]
    [InlineData(9.99)]
    [InlineData(10)]
    [InlineData(57.3)]
    [InlineData(1000)]
    [InlineData(250000)]
    public void Poisson_deviates_have_the_mean_and_variance_of_the_distribution(double mean)
    {
        const int n = 200_000;
        var rng = RandomSource.For(11, (ulong)(mean * 1000));
        var values = new double[n];
        for (int i = 0; i < n; i++)
        {
            values[i] = Poisson.Sample(ref rng, mean);
        }

        double m = values.Average();
        double variance = values.Sum(v => (v - m) * (v - m)) / (n - 1);
        // Standard errors of the sample mean (sqrt(lambda/n)) and of the sample variance (sqrt((lambda + 2 lambda^2)/n),
        // from the Poisson fourth central moment lambda(1 + 3 lambda)); 4.5 SE leaves a 1-in-100,000 false alarm.
        Assert.InRange(m, mean - (4.5 * Math.Sqrt(mean / n)), mean + (4.5 * Math.Sqrt(mean / n)));
        double varianceSe = Math.Sqrt((mean + (2 * mean * mean)) / n);
        Assert.InRange(variance, mean - (4.5 * varianceSe), mean + (4.5 * varianceSe));
        Assert.All(values, v => Assert.Equal(Math.Floor(v), v));
    }

    [Theory]
    [InlineData(0.3, 300)]
    [InlineData(1, 300)]
    [InlineData(7, 2.5)]
    [InlineData(400, 100)]
    public void Gamma_deviates_have_mean_shape_times_scale_and_variance_shape_times_scale_squared(double shape, double scale)
    {
        const int n = 200_000;
        var rng = RandomSource.For(5, (ulong)shape);
        var values = new double[n];
        for (int i = 0; i < n; i++)
        {
            values[i] = Gamma.Sample(ref rng, shape, scale);
        }

        double m = values.Average();
        double variance = values.Sum(v => (v - m) * (v - m)) / (n - 1);
        double expectedVariance = shape * scale * scale;
        // SE of the mean sqrt(k theta^2 / n); of the variance sqrt((mu4 - sigma^4)/n) with mu4 = 3k(k + 2) theta^4.
        double meanSe = Math.Sqrt(expectedVariance / n);
        double varianceSe = Math.Sqrt(((3 * shape * (shape + 2)) - (shape * shape)) / n) * scale * scale;
        Assert.InRange(m, (shape * scale) - (4.5 * meanSe), (shape * scale) + (4.5 * meanSe));
        Assert.InRange(variance, expectedVariance - (4.5 * varianceSe), expectedVariance + (4.5 * varianceSe));
    }

    [Fact]
    public void Normal_deviates_are_standard()
    {
        const int n = 200_000;
        var rng = RandomSource.For(3, 3);
        var values = new double[n];
        for (int i = 0; i < n; i++)
        {
            values[i] = rng.NextNormal();
        }

        double m = values.Average();
        double variance = values.Sum(v => (v - m) * (v - m)) / (n - 1);
        // SE of the mean 1/sqrt(n); of the variance sqrt(2/n).
        Assert.InRange(m, -4.5 / Math.Sqrt(n), 4.5 / Math.Sqrt(n));
        Assert.InRange(variance, 1 - (4.5 * Math.Sqrt(2.0 / n)), 1 + (4.5 * Math.Sqrt(2.0 / n)));
    }
}
