using CamTest.Core.Analysis;
using CamTest.Core.Session;
using CamTest.Core.Tests.Analysis;
using CamTest.IO;
using Xunit.Abstractions;

namespace CamTest.Core.Tests.Session;

public class DarkPairVarianceErrorTests(ITestOutputHelper output)
{
    [Theory]
    [InlineData(2)]
    [InlineData(4)]
    public void Clipped_dark_variance_error_matches_the_scatter_of_the_estimate_on_a_long_tailed_sensor(int frames)
    {
        // 128 x 128 pixels with the simulator's sCMOS read-noise model (scmos-small preset: log-normal spread 0.3 around
        // the median, 0.3 % of pixels 3-10 x noisier), a few masked hot pixels, one or two dark pairs, reduced as the
        // dark current's levels are (mask, then 5-sigma clipping). Clipping the tail shifts what the estimate converges
        // to, so the reference is not a truth but the estimate's own scatter over 800 independent stacks: the reported
        // error should equal it. The sd of 800 draws is uncertain by about 1/sqrt(2 x 799) = 2.5 % (a little more for a
        // skewed estimate) and the rms of the reported errors by less, so 0.9..1.1 is about 4 sd wide. The equal-pixel
        // Gaussian formula gives a ratio near 1.24 here.
        const int w = 128, h = 128, trials = 800;
        var g = new Gaussian(77);
        var uniform = new Random(5);
        double[] sigma = new double[w * h];
        for (int i = 0; i < sigma.Length; i++)
        {
            double u = uniform.NextDouble();
            double s = 2 * Math.Exp(0.3 * g.Next());
            sigma[i] = u < 0.003 ? s * (3 + (7 * u / 0.003)) : s;
        }

        bool[] mask = new bool[w * h];
        for (int k = 0; k < 10; k++)
        {
            mask[g.NextInt(w * h)] = true;
        }

        var estimates = new List<double>();
        var errors = new List<double>();
        for (int t = 0; t < trials; t++)
        {
            double[] stack = new double[frames * w * h];
            for (int i = 0; i < stack.Length; i++)
            {
                int pixel = i % (w * h);
                stack[i] = 100 + (mask[pixel] ? 400 : 0) + (sigma[pixel] * g.Next());
            }

            // In memory: 800 stacks written to disk and read back took most of this test's time and tested no reader.
            using IFrameSource source = MemoryFrameSource.Of<double>(stack, w, h, PixelType.Float64);
            DarkLevel level = DarkReduction.Reduce(source, 1000, mask).Robust;
            estimates.Add(level.VarianceAdu2);
            errors.Add(level.Variance.StdErr!.Value);
        }

        double mean = estimates.Average();
        double scatter = Math.Sqrt(estimates.Sum(v => (v - mean) * (v - mean)) / (trials - 1));
        double reported = Math.Sqrt(errors.Average(e => e * e));
        output.WriteLine($"{frames} frames: scatter {scatter:G4}, reported {reported:G4}, ratio {scatter / reported:F3}");
        Assert.InRange(scatter / reported, 0.85, 1.15);
    }
}
