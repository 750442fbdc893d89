using System.Runtime.InteropServices;
using CamTest.IO;

namespace CamTest.Core.Statistics;

/// <summary>
/// Values counted into equal bins that span them exactly (<see cref="Histogram.Binned"/>, the one binning rule): the
/// smallest value opens the first bin and the largest falls in the last. Values that never vary get one bin around
/// their value, so a constant frame interval still draws as a spike.
/// </summary>
public static class ValueHistogram
{
    /// <summary>The histogram of the finite <paramref name="values"/> in at most <paramref name="bins"/> bins; null when there are none.</summary>
    public static Histogram? Of(ReadOnlySpan<double> values, int bins)
    {
        double min = double.PositiveInfinity, max = double.NegativeInfinity;
        foreach (double v in values)
        {
            if (double.IsFinite(v))
            {
                (min, max) = (Math.Min(min, v), Math.Max(max, v));
            }
        }

        if (!double.IsFinite(min))
        {
            return null;
        }

        // The top edge a hair above the largest value (half a bin): the largest value lies inside the last bin.
        double width = max > min ? (max - min) / (bins - 0.5) : Math.Max(Math.Abs(min) * 0.01, double.Epsilon * 1e10);
        int count = max > min ? bins : 1;
        double lower = max > min ? min : min - (width / 2);
        Histogram histogram = Histogram.Binned(lower, lower + (count * width), count);
        // NaN and infinities are counted apart by the histogram and left out of the bins.
        histogram.Add(MemoryMarshal.AsBytes(values), PixelType.Float64);
        return histogram;
    }
}
