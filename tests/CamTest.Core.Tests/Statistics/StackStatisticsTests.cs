using System.Numerics;
using CamTest.Core.Statistics;
using CamTest.IO;
using CamTest.TestSupport;

namespace CamTest.Core.Tests.Statistics;

public class StackStatisticsTests
{
    [Theory]
    [InlineData(PixelType.UInt16, 1 << 20)]
    [InlineData(PixelType.UInt16, 300)]
    [InlineData(PixelType.Int16, 1)]
    [InlineData(PixelType.UInt8, 1000)]
    [InlineData(PixelType.Int32, 1 << 20)]
    public void Frame_moments_of_a_raw_file_equal_direct_computation(PixelType type, int bandBytes)
    {
        // bandBytes 1 and 300 force one- and few-row bands, so merging bands within a frame is exercised.
        const int width = 61, height = 23, frames = 5;
        long[][] stack = [.. Enumerable.Range(0, frames).Select(f => PixelData.Values(type, width * height, "random", seed: f))];
        string path = WriteRaw(stack, type);
        using RawFrameSource source = RawFrameSource.Open(path, new RawLayout(width, height, type));
        var reported = new List<double>();
        IReadOnlyList<IMoments> moments = StackStatistics.FrameMoments(source, bandBytes, new SynchronousProgress(reported));

        Assert.Equal(frames, moments.Count);
        for (int f = 0; f < frames; f++)
        {
            var m = (IntegerMoments)moments[f];
            Assert.Equal(PixelData.Sum(stack[f]), (BigInteger)m.Sum);
            Assert.Equal(PixelData.SumOfSquares(stack[f]), (BigInteger)m.SumOfSquares);
            Assert.Equal(stack[f].Min(), m.Min);
            Assert.Equal(stack[f].Max(), m.Max);
        }

        // One report per read (a band of a pair of frames, StackPass.FramesPerRead): increasing, ending at exactly 1.
        Assert.Equal(reported.Order(), reported);
        Assert.Equal(1.0, reported[^1]);
        Assert.True(reported.Count >= (frames + StackPass.FramesPerRead - 1) / StackPass.FramesPerRead);
    }

    [Fact]
    public void Float_frames_split_into_bands_merge_to_the_whole_frame_moments()
    {
        const int width = 50, height = 9, frames = 3;
        var random = new Random(6);
        float[][] stack = [.. Enumerable.Range(0, frames).Select(_ =>
            Enumerable.Range(0, width * height).Select(_ => 2000f + (40f * random.NextSingle())).ToArray())];
        string path = Path.Combine(TestPaths.NewTempFolder("stack-statistics"), "float.raw");
        File.WriteAllBytes(path, [.. stack.SelectMany(f => System.Runtime.InteropServices.MemoryMarshal.AsBytes(f.AsSpan()).ToArray())]);
        using RawFrameSource source = RawFrameSource.Open(path, new RawLayout(width, height, PixelType.Float32));
        IReadOnlyList<IMoments> moments = StackStatistics.FrameMoments(source, bandBytes: 2 * width * 4);
        for (int f = 0; f < frames; f++)
        {
            (double mean, double variance) = PixelData.TwoPass([.. stack[f].Select(v => (double)v)]);
            // Band merging (Chan) vs a direct two-pass double sum over 450 values: 1e-12 relative is double rounding.
            Assert.Equal(mean, moments[f].Mean, mean * 1e-12);
            Assert.Equal(variance, moments[f].PopulationVariance, variance * 1e-12);
        }
    }

    [Theory]
    [InlineData(PixelType.UInt16, 200)]
    [InlineData(PixelType.UInt16, 1 << 20)]
    [InlineData(PixelType.Int32, 500)]
    public void Per_pixel_maps_of_a_raw_file_equal_direct_per_pixel_computation(PixelType type, int tileBytes)
    {
        const int width = 17, height = 11, frames = 6;
        long[][] stack = [.. Enumerable.Range(0, frames).Select(f => PixelData.Values(type, width * height, "random", seed: f))];
        using RawFrameSource source = RawFrameSource.Open(WriteRaw(stack, type), new RawLayout(width, height, type));
        PixelMaps maps = StackStatistics.PerPixelMaps(source, tileBytes);
        for (int p = 0; p < width * height; p++)
        {
            long[] series = [.. stack.Select(frame => frame[p])];
            double sample = PixelData.PopulationVariance(series) * frames / (frames - 1);
            // Exact rational reference; the map rounds once (exact path) or once per frame (Welford), each rounding
            // relative to the values' magnitude (up to 2^31), not to the mean's: 1e-14 x max|x| covers it.
            double scale = series.Max(v => Math.Abs((double)v));
            Assert.Equal((double)PixelData.Sum(series) / frames, maps.Mean[p], (scale * 1e-14) + 1e-12);
            Assert.Equal(sample, maps.Variance[p], (sample * 1e-12) + 1e-9);
        }
    }

    [Fact]
    public void Frame_means_equal_the_average_of_each_frame()
    {
        long[][] stack = [.. Enumerable.Range(0, 3).Select(f => PixelData.Values(PixelType.UInt16, 64 * 10, "random", seed: f))];
        using RawFrameSource source = RawFrameSource.Open(WriteRaw(stack, PixelType.UInt16), new RawLayout(64, 10, PixelType.UInt16));
        double[] means = FrameMeans.Compute(source);
        Assert.Equal(stack.Select(frame => frame.Average()), means, (a, b) => Math.Abs(a - b) < 1e-9);
    }

    [Fact]
    public void A_failing_visitor_stops_the_pass_with_its_exception()
    {
        long[][] stack = [.. Enumerable.Range(0, 4).Select(f => PixelData.Values(PixelType.UInt8, 100, "random", seed: f))];
        using RawFrameSource source = RawFrameSource.Open(WriteRaw(stack, PixelType.UInt8), new RawLayout(10, 10, PixelType.UInt8));
        int visited = 0;
        Assert.Throws<InvalidOperationException>(() => FramePipeline.Run(source, (band, _) =>
        {
            visited++;
            if (band.Frame == 1)
            {
                throw new InvalidOperationException("stop");
            }
        }));
        Assert.Equal(2, visited);
    }

    private static string WriteRaw(long[][] stack, PixelType type)
    {
        string path = Path.Combine(TestPaths.NewTempFolder("stack-statistics"), "stack.raw");
        using FileStream file = File.Create(path);
        foreach (long[] frame in stack)
        {
            file.Write(PixelData.ToBytes(frame, type));
        }

        return path;
    }

    /// <summary>Records reports on the calling thread (Progress&lt;T&gt; would post them to the thread pool).</summary>
    private sealed class SynchronousProgress(List<double> reports) : IProgress<double>
    {
        public void Report(double value) => reports.Add(value);
    }
}
