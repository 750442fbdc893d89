namespace CamTest.Simulation.Tests.Physics;

/// <summary>
/// An estimate and its standard error from independent blocks of pixels: the statistic is computed on each block
/// and the spread of the block values gives the standard error of their mean, whatever the distribution.
/// </summary>
public sealed record BlockEstimate(double Value, double StandardError)
{
    public static BlockEstimate Over(int pixelCount, int blocks, Func<int, int, double> statisticOfRange)
    {
        int size = pixelCount / blocks;
        double[] values = Enumerable.Range(0, blocks).Select(b => statisticOfRange(b * size, size)).ToArray();
        double mean = values.Average();
        double sd = Math.Sqrt(values.Sum(v => (v - mean) * (v - mean)) / (blocks - 1));
        return new BlockEstimate(mean, sd / Math.Sqrt(blocks));
    }

    /// <summary>Asserts the truth lies within <paramref name="k"/> standard errors of the estimate.</summary>
    public void AssertCovers(double truth, double k = 4.5)
    {
        Assert.True(Math.Abs(Value - truth) <= k * StandardError,
            $"estimate {Value:G6} +- {StandardError:G3} is more than {k} standard errors from the truth {truth:G6}");
    }
}
