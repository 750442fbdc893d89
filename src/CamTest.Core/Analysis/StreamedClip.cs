namespace CamTest.Core.Analysis;

/// <summary>
/// <see cref="ClippedStatistics.Clip(ReadOnlySpan{double})"/> as a sequence of reads of the values: each read is one
/// <see cref="ClipLanes"/> (<see cref="Next"/>), fed every value in order and handed back (<see cref="Take"/>), until
/// <see cref="Done"/>. The first step reads twice (the mean, then the squares about it); each later step once, its
/// squares taken about the last mean and shifted to the new one. Values streamed from a file are clipped this way
/// without ever being held whole, with the same figures to the last bit as values held in memory.
/// </summary>
internal sealed class StreamedClip
{
    private ClipIteration _rule = new();

    // The first step's count and mean, while its squares are being read.
    private long _firstCount;
    private double _firstMean;
    private bool _firstSquaresNext;

    public bool Done => _rule.Done;

    public ClippedValues Result => _rule.Result;

    /// <summary>The next read: the range and shift its sums are for.</summary>
    public ClipLanes Next() => _firstSquaresNext
        ? new ClipLanes(_rule.Lo, _rule.Hi, _firstMean)
        : new ClipLanes(_rule.Lo, _rule.Hi, _rule.Shift ?? 0);

    /// <summary>The sums of a read begun by <see cref="Next"/>, every value fed.</summary>
    public void Take(KeptSums sums)
    {
        (long n, double sum, double squares) = sums;
        if (_firstSquaresNext)
        {
            _firstSquaresNext = false;
            _rule.Take(new(_firstCount, _firstMean, squares));
        }
        else if (_rule.Shift is { } c)
        {
            // Squares about the last mean, less n (mean - shift)^2 for the deviations from the new mean.
            double mean = sum / n;
            double offset = mean - c;
            _rule.Take(new(n, mean, n < 2 ? double.NaN : Math.Max(0, squares - (n * offset * offset))));
        }
        else
        {
            // No mean yet: this read gave it; the squares about it take another.
            (_firstCount, _firstMean) = (n, sum / n);
            if (n < 2)
            {
                _rule.Take(new(n, _firstMean, double.NaN));
            }
            else
            {
                _firstSquaresNext = true;
            }
        }
    }

    /// <summary>Every step over values held whole.</summary>
    public static ClippedValues Of(ReadOnlySpan<double> values)
    {
        var clip = new StreamedClip();
        while (!clip.Done)
        {
            ClipLanes lanes = clip.Next();
            lanes.Add(values);
            clip.Take(lanes.Sums());
        }

        return clip.Result;
    }
}
