using System.Runtime.InteropServices;
using CamTest.Core.Analysis;
using CamTest.Core.Results;
using CamTest.Core.Statistics;
using CamTest.IO;
using CamTest.Core.Session;

namespace CamTest.Core.Tests.Analysis;

public class HotPixelDetectorTests
{
    private const int W = 128, H = 96;
    private const double Gain = 2, ExposureS = 5, NoiseAdu = 3;

    [Fact]
    public void Finds_every_planted_hot_pixel_with_its_rate_and_ignores_a_one_frame_cosmic_ray()
    {
        var noise = new Gaussian(7);
        double[] bias = [.. Enumerable.Range(0, W * H).Select(_ => 100 + noise.Next(1.5))];
        var planted = new Dictionary<int, double>();
        while (planted.Count < 25)
        {
            // 20..300 e-/s over 5 s at 2 e-/ADU: 50..750 ADU, far above 5 sigma = 15 ADU.
            planted[noise.NextInt(W * H)] = 20 + noise.NextInt(280);
        }

        var detector = new HotPixelDetector(W, H, bias, ExposureS);
        for (int f = 0; f < 10; f++)
        {
            double[] frame = [.. bias.Select(b => b + noise.Next(NoiseAdu))];
            foreach ((int i, double rate) in planted)
            {
                frame[i] += rate * ExposureS / Gain;
            }

            if (f == 3)
            {
                frame[5] += 2000; // a cosmic ray: one frame only
            }

            Add(detector, frame);
        }

        HotPixelResult result = detector.Result(Quantity.Exact(Gain, Unit.ElectronsPerAdu));
        Assert.Equal(25, result.Count);
        Assert.Equal(25, result.PersistentCount);
        Assert.False(result.Mask[5]);
        foreach (HotPixel p in result.Pixels)
        {
            double truth = planted[(p.Y * W) + p.X];
            // Mean of 10 frames with 3 ADU noise: sd 0.95 ADU = 0.38 e-/s; 4 sd = 1.5 e-/s.
            Assert.InRange(p.RateEPerS, truth - 1.5, truth + 1.5);
        }

        // Every pixel is in the dark histogram once: in its tail the planted ones and the cosmic-ray pixel, whose mean
        // over the 10 frames is 200 ADU = 80 e-/s (in the histogram of all pixels, though not hot).
        HistogramSection all = ResultsMapper.HotPixels(result, 5000).DarkHistogram!;
        Assert.Equal(W * H, all.Counts.Sum());
        Assert.Equal("e-/pixel/s", all.Unit.Symbol);
        long aboveThreshold = all.Counts.Where((c, i) => all.BinLower(i) >= 10).Sum(); // ordinary pixels: 0 +- 0.4 e-/s; planted: 20 e-/s and up
        Assert.Equal(26, aboveThreshold);

        // The threshold is 5 sigma of the noise in rate units: 5 x 3 ADU x 2 / 5 s = 6 e-/s (a few % either way).
        Assert.InRange(result.Threshold.Value, 5.4, 6.6);
        Assert.Equal("e-/pixel/s", result.Threshold.Unit.Symbol);
    }

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(10)]
    public void Pixels_with_a_large_read_noise_but_an_ordinary_dark_signal_are_not_called_hot(int frames)
    {
        // 2 % of the pixels read 20 x noisier than the rest (3 ADU): a random-telegraph tail, as on sCMOS. Judged by
        // the frame's noise alone, such a pixel passes 5 sigma in 40 % of frames, so about 100 of the 245 would be
        // "hot" from one frame and 40 from two. Judged by its own read noise from a 100-frame bias stack it passes in
        // 3e-7 of frames: none should be called hot, and every planted hot pixel (50..750 ADU) still is.
        var noise = new Gaussian(11);
        double[] sigma = [.. Enumerable.Range(0, W * H).Select(_ => noise.NextInt(50) == 0 ? 20 * NoiseAdu : NoiseAdu)];
        double[] offset = [.. Enumerable.Range(0, W * H).Select(_ => 100 + noise.Next(1.5))];
        var bias = new PixelAccumulator(W * H, PixelType.Float64);
        for (int f = 0; f < 100; f++)
        {
            double[] frame = [.. offset.Select((o, i) => o + noise.Next(sigma[i]))];
            bias.Add(MemoryMarshal.AsBytes(frame.AsSpan()));
        }

        var planted = new Dictionary<int, double>();
        while (planted.Count < 25)
        {
            int i = noise.NextInt(W * H);
            if (sigma[i] == NoiseAdu)
            {
                planted[i] = 20 + noise.NextInt(280);
            }
        }

        var detector = new HotPixelDetector(W, H, bias.MeanMap(), bias.VarianceMap(), bias.FrameCount, ExposureS);
        for (int f = 0; f < frames; f++)
        {
            double[] frame = [.. offset.Select((o, i) => o + noise.Next(sigma[i]))];
            foreach ((int i, double rate) in planted)
            {
                frame[i] += rate * ExposureS / Gain;
            }

            Add(detector, frame);
        }

        HotPixelResult result = detector.Result(Quantity.Exact(Gain, Unit.ElectronsPerAdu));
        Assert.True(detector.UsesPixelNoise);
        Assert.Equal(planted.Keys.Order(), result.Pixels.Select(p => (p.Y * W) + p.X).Order());
    }

    [Fact]
    public void The_threshold_in_electrons_per_second_carries_the_gain_s_error()
    {
        var noise = new Gaussian(3);
        double[] bias = [.. Enumerable.Range(0, W * H).Select(_ => 100 + noise.Next(1.5))];
        var detector = new HotPixelDetector(W, H, bias, ExposureS);
        for (int f = 0; f < 6; f++)
        {
            Add(detector, [.. bias.Select(b => b + noise.Next(NoiseAdu))]);
        }

        // Product rule: the threshold T = t / exposure x g has the per-frame thresholds' spread (the error with an
        // exact gain, e0) and T x sg / g in quadrature.
        Quantity exact = detector.Result(Quantity.Exact(Gain, Unit.ElectronsPerAdu)).Threshold;
        Quantity withError = detector.Result(new Quantity(Gain, Unit.ElectronsPerAdu, 0.05)).Threshold;
        Assert.Equal(exact.Value, withError.Value, 12);
        Assert.True(exact.StdErr > 0);
        Assert.Equal(Math.Sqrt(Math.Pow(exact.StdErr!.Value, 2) + Math.Pow(exact.Value * 0.05 / Gain, 2)), withError.StdErr!.Value, 12);
        Assert.Equal("e-/pixel/s", withError.Unit.Symbol);
        Assert.Null(detector.Result(Quantity.WithUnknownError(Gain, Unit.ElectronsPerAdu)).Threshold.StdErr);
    }

    [Fact]
    public void Frames_judged_two_at_a_time_give_what_frames_added_one_by_one_give_to_the_last_bit()
    {
        // uint16 long darks with hot pixels, a per-pixel read-noise map, and 7 frames (an odd count: the last frame
        // is judged alone). The threshold's error is the spread of per-frame thresholds, which agree to a few parts
        // in 10^4: any reordered sum would move it in far more than its last bits, so equality here is exact.
        var noise = new Gaussian(11);
        var bias = new PixelAccumulator(W * H, PixelType.UInt16);
        for (int f = 0; f < 12; f++)
        {
            bias.Add(MemoryMarshal.AsBytes<ushort>([.. Enumerable.Range(0, W * H).Select(i => (ushort)Math.Round(100 + noise.Next(i % 97 == 0 ? 10 : 2)))]));
        }

        const int frames = 7;
        var stack = new ushort[frames * W * H];
        for (int i = 0; i < stack.Length; i++)
        {
            stack[i] = (ushort)Math.Round(100 + noise.Next(NoiseAdu) + (i % (W * H) % 211 == 5 ? 300 : 0));
        }

        var oneByOne = new HotPixelDetector(W, H, bias.MeanMap(), bias.VarianceMap(), bias.FrameCount, ExposureS);
        for (int f = 0; f < frames; f++)
        {
            using MemoryFrameSource one = MemoryFrameSource.Of<ushort>(stack.AsSpan(f * W * H, W * H), W, H, PixelType.UInt16);
            oneByOne.AddFrames(one);
        }

        var twoAtOnce = new HotPixelDetector(W, H, bias.MeanMap(), bias.VarianceMap(), bias.FrameCount, ExposureS);
        using (MemoryFrameSource source = MemoryFrameSource.Of<ushort>(stack, W, H, PixelType.UInt16))
        {
            twoAtOnce.AddFrames(source);
        }

        Quantity gain = new(Gain, Unit.ElectronsPerAdu, 0.01);
        HotPixelResult expected = oneByOne.Result(gain), actual = twoAtOnce.Result(gain);
        Assert.Equal(frames, twoAtOnce.Frames);
        Assert.True(expected.Count > 0);
        Assert.Equal(expected.Count, actual.Count);
        Assert.Equal(expected.PersistentCount, actual.PersistentCount);
        Assert.Equal(expected.Threshold.Value, actual.Threshold.Value);
        Assert.Equal(expected.Threshold.StdErr, actual.Threshold.StdErr);
        Assert.Equal(expected.Mask, actual.Mask);
        Assert.Equal(expected.Pixels.Select(p => (p.X, p.Y, p.RateEPerS, p.FramesHot)), actual.Pixels.Select(p => (p.X, p.Y, p.RateEPerS, p.FramesHot)));
    }

    [Fact]
    public void Streamed_band_by_band_each_frame_is_judged_as_the_whole_frame_less_the_bias_to_the_last_bit()
    {
        // A frame of several bands (131 x 1203: rows in fours, 500 to a band, the last band short) whose pixel count
        // is not a multiple of four (the clipping's last values added after its lanes): each frame's threshold is the
        // clipped statistics of the whole frame less the bias, held in memory, and its hits the scalar rule's.
        const int width = 131, height = 1203, frames = 3;
        var noise = new Gaussian(5);
        var bias = new PixelAccumulator(width * height, PixelType.UInt16);
        for (int f = 0; f < 12; f++)
        {
            bias.Add(MemoryMarshal.AsBytes<ushort>([.. Enumerable.Range(0, width * height).Select(i => (ushort)Math.Round(100 + noise.Next(i % 89 == 0 ? 12 : 2)))]));
        }

        double[] offset = bias.MeanMap(), variance = bias.VarianceMap();
        var stack = new ushort[frames * width * height];
        for (int i = 0; i < stack.Length; i++)
        {
            int pixel = i % (width * height);
            stack[i] = (ushort)Math.Round(100 + noise.Next(NoiseAdu) + (pixel % 173 == 3 ? 40 : 0) + (pixel % 89 == 0 ? noise.Next(12) : 0));
        }

        var detector = new HotPixelDetector(width, height, offset, variance, bias.FrameCount, ExposureS);
        using (MemoryFrameSource source = MemoryFrameSource.Of<ushort>(stack, width, height, PixelType.UInt16))
        {
            detector.AddFrames(source);
        }

        double typical = ClippedStatistics.MeanAndStd(variance).Mean;
        var hits = new int[width * height];
        for (int f = 0; f < frames; f++)
        {
            double[] dark = [.. stack.AsSpan(f * width * height, width * height).ToArray().Select((c, i) => c - offset[i])];
            (double centre, double sigma) = ClippedStatistics.MeanAndStd(dark);
            Assert.Equal(centre + (HotPixelDetector.Sigmas * sigma), detector.ThresholdsAdu[f]);
            for (int i = 0; i < dark.Length; i++)
            {
                double excess = (float)Math.Max(0, (variance[i] - typical) * (1 + (1.0 / bias.FrameCount)));
                hits[i] += dark[i] > centre + (HotPixelDetector.Sigmas * sigma) && dark[i] > centre + (HotPixelDetector.Sigmas * Math.Sqrt((sigma * sigma) + excess)) ? 1 : 0;
            }
        }

        HotPixelResult result = detector.Result(Quantity.Exact(Gain, Unit.ElectronsPerAdu));
        int[] hot = [.. Enumerable.Range(0, hits.Length).Where(i => hits[i] >= 3)];
        Assert.True(hot.Length > 100);
        Assert.Equal(hot, result.Pixels.Select(p => (p.Y * width) + p.X).Order());
        Assert.Equal(hot, Enumerable.Range(0, hits.Length).Where(i => result.Mask[i]));
        Assert.Equal(result.Mask, detector.Mask());
        foreach (HotPixel p in result.Pixels)
        {
            int i = (p.Y * width) + p.X;
            long sum = stack[i] + stack[i + (width * height)] + stack[i + (2 * width * height)];
            Assert.Equal(((sum / (double)frames) - offset[i]) * (Gain / ExposureS), p.RateEPerS);
        }
    }

    /// <summary>One long dark frame of doubles, through the one entry the product reads stacks by.</summary>
    private static void Add(HotPixelDetector detector, double[] frame)
    {
        using MemoryFrameSource source = MemoryFrameSource.Of<double>(frame, W, H, PixelType.Float64);
        detector.AddFrames(source);
    }
}
