using CamTest.IO;

namespace CamTest.Core.Statistics;

/// <summary>
/// What <c>camtest inspect</c> reports of a stack's pixels, from one streaming pass: every frame's moments and the
/// stack's extremes with the pixels at code 0 and at the top code.
/// </summary>
public sealed record FrameSurvey(IReadOnlyList<IMoments> Frames, CodeExtremes Codes)
{
    public static FrameSurvey Of(IFrameSource source)
    {
        StackInfo info = source.Info;
        PixelType type = info.PixelType;
        IMoments empty = type.IsInteger() ? IntegerMoments.Empty : FloatMoments.Empty;
        IMoments[] moments = [.. Enumerable.Repeat(empty, info.FrameCount)];
        var codes = CodeExtremes.For(type, info.BitDepth);
        FramePipeline.Run(source, (band, pixels) =>
        {
            IMoments part = MomentsKernels.Compute(pixels, type);
            moments[band.Frame] = band.FirstRow == 0 ? part : MomentsKernels.Combine(moments[band.Frame], part);
            codes.Add(pixels, type);
        });
        return new FrameSurvey(moments, codes);
    }
}
