using System.Buffers;
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
        var range = new Range();
        range.Add(values);
        if (range.Spanning(bins) is not { } histogram)
        {
            return null;
        }

        // NaN and infinities are counted apart by the histogram and left out of the bins.
        histogram.Add(MemoryMarshal.AsBytes(values), PixelType.Float64);
        return histogram;
    }

    /// <summary>Writes values <paramref name="first"/> onwards into <paramref name="values"/> (all of it).</summary>
    public delegate void ValuesAt(int first, Span<double> values);

    /// <summary>
    /// <see cref="Of(ReadOnlySpan{double}, int)"/> of <paramref name="count"/> values worked out a piece at a time, twice
    /// (their range, then their bins), instead of held: the same histogram, with no array of them all.
    /// </summary>
    public static Histogram? Of(int count, ValuesAt valuesAt, int bins)
    {
        const int Piece = 16 << 10;
        double[] buffer = ArrayPool<double>.Shared.Rent(Math.Min(Piece, count));
        try
        {
            var range = new Range();
            for (int first = 0; first < count; first += Piece)
            {
                Span<double> values = buffer.AsSpan(0, Math.Min(Piece, count - first));
                valuesAt(first, values);
                range.Add(values);
            }

            if (range.Spanning(bins) is not { } histogram)
            {
                return null;
            }

            for (int first = 0; first < count; first += Piece)
            {
                Span<double> values = buffer.AsSpan(0, Math.Min(Piece, count - first));
                valuesAt(first, values);
                histogram.Add(MemoryMarshal.AsBytes(values), PixelType.Float64);
            }

            return histogram;
        }
        finally
        {
            ArrayPool<double>.Shared.Return(buffer);
        }
    }

    /// <summary>The least and greatest finite value seen, and the empty bins that span them.</summary>
    private struct Range()
    {
        private double _min = double.PositiveInfinity, _max = double.NegativeInfinity;

        public void Add(ReadOnlySpan<double> values)
        {
            foreach (double v in values)
            {
                if (double.IsFinite(v))
                {
                    (_min, _max) = (Math.Min(_min, v), Math.Max(_max, v));
                }
            }
        }

        /// <summary>Null when no value was finite.</summary>
        public readonly Histogram? Spanning(int bins)
        {
            (double min, double max) = (_min, _max);
            if (!double.IsFinite(min))
            {
                return null;
            }

            // The top edge a hair above the largest value (half a bin): the largest value lies inside the last bin.
            double width = max > min ? (max - min) / (bins - 0.5) : Math.Max(Math.Abs(min) * 0.01, double.Epsilon * 1e10);
            int count = max > min ? bins : 1;
            double lower = max > min ? min : min - (width / 2);
            return Histogram.Binned(lower, lower + (count * width), count);
        }
    }
}
