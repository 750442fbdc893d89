namespace CamTest.Core.Analysis;

/// <summary>
/// The one clipping rule of <see cref="ClippedStatistics"/> as state kept between reads of the values: mean and
/// spread of those inside [<see cref="Lo"/>, <see cref="Hi"/>], then the range narrowed to mean +- 5 sigma, until the
/// kept count stops changing (at most 5 times). Whoever holds the values answers each step (<see cref="Take"/>), so
/// values held whole, counted per code, or streamed from a file band by band are all clipped by this one rule.
/// </summary>
internal struct ClipIteration
{
    private const int MaxIterations = 5;

    private double _mean, _std, _keptLo, _keptHi;
    private long _kept;
    private int _iteration;

    public ClipIteration()
    {
        (Lo, Hi) = (double.NegativeInfinity, double.PositiveInfinity);
        (_keptLo, _keptHi) = (Lo, Hi);
        (_mean, _std) = (double.NaN, double.NaN);
        _kept = -1;
    }

    /// <summary>The range whose values the next step needs.</summary>
    public double Lo { get; private set; }

    /// <summary>The range whose values the next step needs.</summary>
    public double Hi { get; private set; }

    /// <summary>
    /// The last step's mean, which the next step's is close to (a few clipped values apart): a set that sums deviations
    /// about it gets the mean and the spread in one read. Null on the first step, whose mean is not yet known.
    /// </summary>
    public readonly double? Shift => _iteration == 0 ? null : _mean;

    /// <summary>True once the kept set stopped changing, fewer than 2 values were kept, or 5 steps were taken.</summary>
    public bool Done { get; private set; }

    /// <summary>Mean, spread and the range the final figures kept (NaN for both below 2 values).</summary>
    public readonly ClippedValues Result => new(_mean, _std, _keptLo, _keptHi);

    /// <summary>One step: the count, mean and squared deviations of the values in [<see cref="Lo"/>, <see cref="Hi"/>].</summary>
    public void Take(KeptMoments kept)
    {
        if (Done)
        {
            throw new InvalidOperationException("the clipping is complete");
        }

        (long n, double mean, double squaredDeviations) = kept;
        if (n < 2)
        {
            Done = true;
            return;
        }

        _mean = mean;
        _std = Math.Sqrt(squaredDeviations / (n - 1));
        (_keptLo, _keptHi) = (Lo, Hi);
        if (n == _kept)
        {
            Done = true;
            return;
        }

        _kept = n;
        Lo = _mean - (ClippedStatistics.ClipSigmas * _std);
        Hi = _mean + (ClippedStatistics.ClipSigmas * _std);
        Done = ++_iteration == MaxIterations;
    }
}

/// <summary>How many values lie in a range, their mean, and their squared deviations from it (NaN below 2).</summary>
internal readonly record struct KeptMoments(long N, double Mean, double SquaredDeviations);

/// <summary>How many values lie in a range, their sum and their sum of squares about a shift.</summary>
internal readonly record struct KeptSums(long N, double Sum, double Squares);
