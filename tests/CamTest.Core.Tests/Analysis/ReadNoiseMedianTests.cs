using CamTest.Core.Analysis;
using CamTest.Core.Results;
using CamTest.Core.Statistics;

namespace CamTest.Core.Tests.Analysis;

/// <summary>
/// The median pixel noise ranked on the variances (no frame of noise values) against the quartiles of the noise values
/// themselves, sqrt(max(variance - quantisation, 0)) per pixel: equal to the last bit, value and error.
/// </summary>
public sealed class ReadNoiseMedianTests
{
    [Theory]
    [InlineData(0, 40_001)] // an odd count: the median one value
    [InlineData(1.0 / 12, 40_000)] // the quantisation taken off; an even count: two values interpolated
    [InlineData(5, 1_001)] // a quantisation above many variances: those pixels' noise is 0, tied
    public void Equals_the_quartiles_of_the_noise_values(double quantisation, int pixels)
    {
        var random = new Random(pixels);
        double[] variances = [.. Enumerable.Range(0, pixels).Select(_ => Math.Pow(random.NextDouble() * 3, 2) * (random.Next(30) == 0 ? 50 : 1))];
        variances[17] = double.PositiveInfinity;
        const int frames = 100;

        double[] noise = [.. variances.Select(v => Math.Sqrt(Math.Max(v - quantisation, 0)))];
        double[] q = Quantiles.Of(noise, 0.25, 0.5, 0.75);
        double factor = Math.Pow(1 - (2.0 / (9 * (frames - 1))), 1.5);
        var expected = new Quantity(q[1] / factor, Unit.Adu, 1.2533 * ((q[2] - q[0]) / 1.349) / Math.Sqrt(pixels));

        Quantity actual = ReadNoise.MedianNoise(variances, quantisation, frames);

        Assert.Equal(expected.Value, actual.Value);
        Assert.Equal(expected.StdErr, actual.StdErr);
        Assert.Equal(Unit.Adu, actual.Unit);
    }
}
