using System.Runtime.InteropServices;
using CamTest.Core.Statistics;
using CamTest.IO;

namespace CamTest.Core.Tests.Statistics;

public class HistogramTests
{
    [Theory]
    [InlineData(PixelType.UInt8)]
    [InlineData(PixelType.UInt16)]
    [InlineData(PixelType.Int16)]
    public void Code_histogram_counts_equal_direct_counting(PixelType type)
    {
        long[] values = PixelData.Values(type, 50_001, "random", seed: 1);
        values[0] = PixelData.Range(type).Max;
        values[1] = PixelData.Range(type).Min;
        Histogram histogram = Histogram.ForCodes(type);
        histogram.Add(PixelData.ToBytes(values, type), type);
        Dictionary<long, int> direct = values.GroupBy(v => v).ToDictionary(g => g.Key, g => g.Count());
        for (int bin = 0; bin < histogram.Counts.Length; bin++)
        {
            long code = (long)histogram.BinLower(bin);
            Assert.Equal(direct.GetValueOrDefault(code), histogram.Counts[bin]);
        }

        Assert.Equal(values.Length, histogram.Total);
    }

    [Fact]
    public void Binned_histogram_of_float_data_counts_outliers_and_nan_apart()
    {
        float[] pixels = [-1f, 0f, 0.49f, 0.5f, 9.99f, 10f, float.NaN];
        Histogram histogram = Histogram.Binned(0, 10, 20);
        histogram.Add(MemoryMarshal.AsBytes(pixels.AsSpan()), PixelType.Float32);
        Assert.Equal(1, histogram.Underflow);
        Assert.Equal(1, histogram.Overflow);
        Assert.Equal(1, histogram.NotANumber);
        Assert.Equal(2, histogram.Counts[0]);
        Assert.Equal(1, histogram.Counts[1]);
        Assert.Equal(1, histogram.Counts[19]);
        Assert.Equal(7, histogram.Total);
    }

    [Fact]
    public void Merged_histograms_equal_one_over_all_data()
    {
        long[] values = PixelData.Values(PixelType.UInt32, 10_000, "random", seed: 8);
        Histogram all = Histogram.Binned(0, 4_294_967_296.0, 64), first = Histogram.Binned(0, 4_294_967_296.0, 64),
            second = Histogram.Binned(0, 4_294_967_296.0, 64);
        all.Add(PixelData.ToBytes(values, PixelType.UInt32), PixelType.UInt32);
        first.Add(PixelData.ToBytes(values[..3000], PixelType.UInt32), PixelType.UInt32);
        second.Add(PixelData.ToBytes(values[3000..], PixelType.UInt32), PixelType.UInt32);
        first.Combine(second);
        Assert.Equal(all.Counts.ToArray(), first.Counts.ToArray());
        int[] direct = new int[64];
        foreach (long v in values)
        {
            direct[v >> 26]++;
        }

        Assert.Equal(direct.Select(c => (long)c), all.Counts.ToArray());
    }
}
