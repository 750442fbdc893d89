using CamTest.IO;

namespace CamTest.Core.Statistics;

/// <summary>The mean of every frame of a stack, in ADU, from one streaming pass (see <see cref="StackStatistics"/>).</summary>
public static class FrameMeans
{
    public static double[] Compute(IFrameSource source) =>
        [.. StackStatistics.FrameMoments(source).Select(m => m.Mean)];
}
