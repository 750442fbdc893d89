using CamTest.Core.Calculators;

namespace CamTest.Core.Tests.Calculators;

/// <summary>The standard errors given with --pixels must match the spread of repeated simulated measurements.</summary>
public class NoiseStandardErrorTests
{
    [Fact]
    public void Gain_stderr_matches_the_spread_over_simulated_flat_pairs()
    {
        // Truth: gain 2 e-/ADU, so a flat 5000 ADU above bias has variance 2500 ADU^2 and sd(diff) = sqrt(5000).
        const int pixels = 2000;
        const int trials = 400;
        var random = new Random(1288);
        var gains = new double[trials];
        double predicted = 0;
        for (int t = 0; t < trials; t++)
        {
            double sd = SampleStd(random, pixels, Math.Sqrt(5000));
            CalculatorResult r = SinglePointGain.Compute(100, 5100, 5100, sd, pixels);
            gains[t] = r.Quantity.Value;
            predicted = r.Quantity.StdErr!.Value;
        }

        double mean = gains.Average();
        double spread = Math.Sqrt(gains.Sum(g => (g - mean) * (g - mean)) / (trials - 1));
        // The spread of 400 trials is itself uncertain by ~1/sqrt(2 x 399) = 3.5 %: allow 4 sigma, 15 %.
        Assert.Equal(predicted, spread, predicted * 0.15);
        Assert.Equal(2.0, mean, 4 * spread / Math.Sqrt(trials) + 0.01);
    }

    [Fact]
    public void Read_noise_stderr_matches_the_spread_over_simulated_bias_pairs()
    {
        const int pixels = 2000;
        const int trials = 400;
        var random = new Random(42);
        var noises = new double[trials];
        double predicted = 0;
        for (int t = 0; t < trials; t++)
        {
            CalculatorResult r = ReadNoiseFromDifference.Compute(SampleStd(random, pixels, 3 * Math.Sqrt(2)), 1, pixels, gainStderr: 0); // the simulated gain is exact
            noises[t] = r.Quantity.Value;
            predicted = r.Quantity.StdErr!.Value;
        }

        double mean = noises.Average();
        double spread = Math.Sqrt(noises.Sum(g => (g - mean) * (g - mean)) / (trials - 1));
        Assert.Equal(predicted, spread, predicted * 0.15); // as above: 4 sigma of a 400-trial spread
        Assert.Equal(3.0, mean, 0.01);
    }

    private static double SampleStd(Random random, int n, double sigma)
    {
        double sum = 0, sumSq = 0;
        for (int i = 0; i < n; i++)
        {
            // Box-Muller: a standard normal from two uniforms.
            double z = Math.Sqrt(-2 * Math.Log(1 - random.NextDouble())) * Math.Cos(2 * Math.PI * random.NextDouble());
            double x = sigma * z;
            sum += x;
            sumSq += x * x;
        }

        double mean = sum / n;
        return Math.Sqrt((sumSq - (n * mean * mean)) / (n - 1));
    }
}
