using CamTest.Core.Analysis;

namespace CamTest.Core.Tests.Analysis;

public class PhotoResponseNonUniformityTests
{
    private const int Side = 256;
    private const double Signal = 2000, PrnuSd = 0.01, TemporalVariance = 2000, Clip = 4095;
    private const int Frames = 4;

    [Fact]
    public void Uniform_light_gives_the_pixel_pattern_in_both_figures_and_leaves_out_hot_and_clipped_pixels()
    {
        Synthetic s = Synthetic.Make(seed: 3, vignetting: 0);
        PrnuResult r = PhotoResponseNonUniformity.Analyze(s.Flat, Side, Side, s.Offset, Clip, s.Mask);

        // The 40 masked hot pixels and the 30 pixels sitting at the clip level are the only ones left out.
        Assert.Equal((Side * Side) - 40 - 30, r.PixelsUsed);
        Assert.Equal(64, r.Tiles);
        Assert.InRange(r.SignalAdu, (Signal * 0.999) - 0.5, (Signal * 1.001) + 0.5);
        // Truth 1 % (the nominal sensitivity spread; the realised one differs from it by about 1/sqrt(2 x 65536) =
        // 0.3 %, inside the stated errors, which count the pixel sampling). 4 standard errors: a 1-in-15000 false alarm.
        WithinStdErrs(r.PixelToPixel!, 100 * PrnuSd, 4);
        WithinStdErrs(r.Total!, 100 * PrnuSd, 4);
        // Without the temporal correction the figure would be sqrt(1 + 500/400) = 1.5 x larger: the test can fail.
        Assert.True(r.Total!.StdErr < 0.02 && r.PixelToPixel!.StdErr < 0.03, $"errors {r.Total.StdErr}, {r.PixelToPixel.StdErr} are too loose to test anything");
    }

    [Fact]
    public void Vignetting_raises_the_total_but_not_the_pixel_to_pixel_figure()
    {
        Synthetic s = Synthetic.Make(seed: 4, vignetting: 0.3);
        PrnuResult r = PhotoResponseNonUniformity.Analyze(s.Flat, Side, Side, s.Offset, Clip, s.Mask);

        WithinStdErrs(r.PixelToPixel!, 100 * PrnuSd, 4);
        // The total's truth is the noiseless image's own spread (shading and pattern together, about 7 %) over the
        // pixels used; its error (pixel sampling and temporal part) is conservative against a realised truth.
        WithinStdErrs(r.Total!, s.NoiselessSpreadPercent, 4);
        Assert.True(r.Total!.Value > 5 * r.PixelToPixel!.Value);
    }

    [Fact]
    public void Stated_standard_errors_match_the_scatter_over_independent_flats()
    {
        // 20 independent 128 x 128 flats with shading. The sd of 20 estimates is itself known to 1/sqrt(38) = 16 %, and
        // each stated error (64 tiles) to 9 %: a ratio outside 0.6-1.6 is beyond about 3 sigma of both.
        var pixel = new List<double>();
        var pixelErr = new List<double>();
        for (int seed = 100; seed < 120; seed++)
        {
            Synthetic s = Synthetic.Make(seed, vignetting: 0.3, side: 128);
            PrnuResult r = PhotoResponseNonUniformity.Analyze(s.Flat, 128, 128, s.Offset, Clip, s.Mask);
            pixel.Add(r.PixelToPixel!.Value);
            pixelErr.Add(r.PixelToPixel.StdErr!.Value);
        }

        double mean = pixel.Average();
        double scatter = Math.Sqrt(pixel.Sum(v => (v - mean) * (v - mean)) / (pixel.Count - 1));
        Assert.InRange(scatter / pixelErr.Average(), 0.6, 1.6);
        // And the pixel-to-pixel figure is unbiased: the mean of 20 lies within 4 of its standard errors of 1 %.
        Assert.InRange(mean, (100 * PrnuSd) - (4 * scatter / Math.Sqrt(20)), (100 * PrnuSd) + (4 * scatter / Math.Sqrt(20)));
    }

    private static void WithinStdErrs(CamTest.Core.Results.Quantity q, double truth, double k) =>
        Assert.True(Math.Abs(q.Value - truth) <= k * q.StdErr!.Value, $"{q} is not within {k} standard errors of {truth:G4}");

    /// <summary>
    /// An averaged flat of <see cref="Frames"/> frames: signal x (1 - v (r/r_corner)^2) x (1 + p), p ~ N(0, 1 %), the
    /// temporal noise left in the mean (variance 2000/4 ADU^2, larger than the pattern's 400), over a bias map (100 ADU,
    /// DSNU 2 ADU, its own residual noise 0.09 ADU^2), with 40 hot pixels (masked) and 30 clipped ones.
    /// </summary>
    private sealed record Synthetic(AveragedImage Flat, FlatOffset Offset, bool[] Mask, double NoiselessSpreadPercent)
    {
        public static Synthetic Make(int seed, double vignetting, int side = Side)
        {
            var g = new Gaussian(seed);
            int n = side * side;
            double[] mean = new double[n], variance = new double[n], offset = new double[n], noiseless = new double[n];
            double corner2 = 2 * (side / 2.0) * (side / 2.0);
            for (int i = 0; i < n; i++)
            {
                double dx = (i % side) - (side / 2.0) + 0.5, dy = (i / side) - (side / 2.0) + 0.5;
                noiseless[i] = Signal * (1 - (vignetting * ((dx * dx) + (dy * dy)) / corner2)) * (1 + g.Next(PrnuSd));
                offset[i] = 100 + g.Next(2) + g.Next(0.3);
                mean[i] = offset[i] - g.Next(0.3) + noiseless[i] + g.Next(Math.Sqrt(TemporalVariance / Frames));
                // A sample variance of 4 frames: T chi^2(3) / 3.
                variance[i] = TemporalVariance * (Math.Pow(g.Next(), 2) + Math.Pow(g.Next(), 2) + Math.Pow(g.Next(), 2)) / 3;
            }

            var mask = new bool[n];
            var excluded = new HashSet<int>();
            while (excluded.Count < 40)
            {
                int i = g.NextInt(n);
                if (excluded.Add(i))
                {
                    mask[i] = true;
                    mean[i] += 500;
                }
            }

            while (excluded.Count < 70)
            {
                int i = g.NextInt(n);
                if (excluded.Add(i))
                {
                    mean[i] = Clip;
                    variance[i] = 0;
                }
            }

            double[] kept = [.. noiseless.Where((_, i) => !excluded.Contains(i))];
            double m = kept.Average();
            double sd = Math.Sqrt(kept.Sum(v => (v - m) * (v - m)) / (kept.Length - 1));
            return new Synthetic(new AveragedImage(mean, variance, Frames), new FlatOffset(offset, 0, 0.09), mask, 100 * sd / m);
        }
    }
}
