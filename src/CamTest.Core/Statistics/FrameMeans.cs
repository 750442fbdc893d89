using CamTest.IO;

namespace CamTest.Core.Statistics;

/// <summary>The mean of every frame of a stack, read one frame at a time.</summary>
public static class FrameMeans
{
    public static double[] Compute(IFrameSource source)
    {
        double[] means = new double[source.Info.FrameCount];
        for (int frame = 0; frame < means.Length; frame++)
        {
            double[] pixels = source.ReadFrameAsDouble(frame);
            means[frame] = pixels.Length == 0 ? double.NaN : pixels.Average();
        }

        return means;
    }
}
