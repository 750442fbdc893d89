using CamTest.IO;

namespace CamTest.Core.Statistics;

/// <summary>
/// The moments of every frame (exact <see cref="IntegerMoments"/> for integer data, <see cref="FloatMoments"/> for
/// float): each frame's bands are merged, so the result does not depend on the band size (exactly, for integers).
/// </summary>
public sealed class FrameMomentsAccumulator(StackInfo info) : IStackAccumulator
{
    private readonly IMoments[] _moments = [.. Enumerable.Repeat<IMoments>(info.PixelType.IsInteger() ? IntegerMoments.Empty : FloatMoments.Empty, info.FrameCount)];

    public IReadOnlyList<IMoments> Moments => _moments;

    public void Add(FrameBand band, ReadOnlySpan<byte> pixels, ReadOnlySpan<byte> previous)
    {
        IMoments part = MomentsKernels.Compute(pixels, info.PixelType);
        _moments[band.Frame] = band.FirstRow == 0 ? part : MomentsKernels.Combine(_moments[band.Frame], part);
    }
}
