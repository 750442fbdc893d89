using CamTest.IO;

namespace CamTest.Core.Statistics;

/// <summary>What <c>camtest inspect</c> shows of a stack's pixels: every frame's moments and the codes at either end, from one <see cref="StackPass"/>.</summary>
public sealed record FrameSurvey(IReadOnlyList<IMoments> Frames, CodeExtremes Codes)
{
    public static FrameSurvey Of(IFrameSource source)
    {
        StackInfo info = source.Info;
        var moments = new FrameMomentsAccumulator(info);
        var codes = CodeExtremes.For(info.PixelType, info.BitDepth);
        StackPass.Run(source, [moments, codes]);
        return new FrameSurvey(moments.Moments, codes);
    }
}
