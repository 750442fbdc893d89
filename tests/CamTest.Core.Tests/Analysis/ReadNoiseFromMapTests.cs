using CamTest.Core.Analysis;
using CamTest.Core.Results;
using CamTest.Core.Session;

namespace CamTest.Core.Tests.Analysis;

public class ReadNoiseFromMapTests
{
    /// <summary>
    /// A read-noise map is a sample of the sensor's pixels: over 400 independent maps of 2,500 pixels whose sigma is
    /// log-normal around 2 ADU (an sCMOS-like spread), the stated errors of the rms and the median must match their
    /// actual scatter about the population values. With 400 z-scores the sd of z is known to about 1/sqrt(800) = 3.5 %;
    /// 0.85 .. 1.15 is over 4 of those either way.
    /// </summary>
    [Fact]
    public void Map_figures_carry_errors_that_match_their_scatter_over_pixel_samples()
    {
        const double median = 2, spread = 0.3;
        // Population: sigma = 2 exp(0.3 z); median 2; mean sigma^2 = 4 exp(2 x 0.09) = 4 exp(0.18).
        double rmsTruth = Math.Sqrt(median * median * Math.Exp(2 * spread * spread));
        var rng = new Gaussian(4);
        var zRms = new List<double>();
        var zMedian = new List<double>();
        for (int trial = 0; trial < 400; trial++)
        {
            double[] sigma = [.. Enumerable.Range(0, 2500).Select(_ => median * Math.Exp(spread * rng.Next()))];
            ReadNoiseSection r = ResultsMapper.ReadNoise(ReadNoise.FromMap(sigma), new Quantity(2, Unit.ElectronsPerAdu, 0));
            zRms.Add((r.RmsAdu.Value - rmsTruth) / r.RmsAdu.StdErr!.Value);
            zMedian.Add((r.MedianAdu!.Value - median) / r.MedianAdu.StdErr!.Value);
            Assert.NotNull(r.Rms!.StdErr);
        }

        Assert.InRange(StandardDeviation(zRms), 0.85, 1.15);
        Assert.InRange(StandardDeviation(zMedian), 0.85, 1.15);
        Assert.InRange(Math.Abs(zRms.Average()), 0, 0.25);
        Assert.InRange(Math.Abs(zMedian.Average()), 0, 0.25);
    }

    private static double StandardDeviation(List<double> v)
    {
        double m = v.Average();
        return Math.Sqrt(v.Sum(x => (x - m) * (x - m)) / (v.Count - 1));
    }
}
