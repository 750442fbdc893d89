using CamTest.IO;

namespace CamTest.Core.Statistics;

/// <summary>
/// The temporal statistics of consecutive frame pairs (0-1, 2-3, ...): the moments of A - B, and, when
/// <paramref name="fourthPowers"/>, each pair's sum of (A - B)^4 (the temporal variance's error, <see cref="PairVarianceError"/>).
/// </summary>
public sealed class PairDifferenceAccumulator(StackInfo info, bool fourthPowers) : IStackAccumulator
{
    private readonly PairDifference?[] _pairs = new PairDifference?[info.FrameCount / 2];
    private readonly double[]? _fourth = fourthPowers ? new double[info.FrameCount / 2] : null;

    /// <summary>Two frames' rows, and with fourth powers a second pass over them.</summary>
    public int Cost => 2;

    public IReadOnlyList<PairDifference> Pairs => [.. _pairs.Select(p => p!)];

    public IReadOnlyList<double>? FourthPowerSums => _fourth;

    public void Add(FrameBand band, ReadOnlySpan<byte> pixels, ReadOnlySpan<byte> previous)
    {
        int pair = band.Frame / 2;
        if (band.Frame % 2 == 0 || pair >= _pairs.Length)
        {
            return;
        }

        PairDifference d = PairDifferenceKernels.Compute(previous, pixels, info.PixelType);
        _pairs[pair] = band.FirstRow == 0 ? d : _pairs[pair]!.Combine(d);
        if (_fourth is not null)
        {
            _fourth[pair] += PairFourthPower.Sum(previous, pixels, info.PixelType);
        }
    }
}
