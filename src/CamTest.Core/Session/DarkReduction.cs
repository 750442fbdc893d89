using CamTest.Core.Analysis;
using CamTest.IO;

namespace CamTest.Core.Session;

/// <summary>
/// Reduces a dark stack to a <see cref="DarkLevel"/> robustly: hot pixels (the mask from the long darks, when there
/// is one) are left out, and what is left is clipped at 5 sigma, so a few bright pixels neither raise the mean nor
/// swamp the pair variance. Dark stacks are short (pairs), so frames are read whole, as doubles.
/// </summary>
public static class DarkReduction
{
    public static DarkLevel Reduce(IFrameSource source, double exposureMs, bool[]? hotMask)
    {
        int frames = source.Info.FrameCount;
        var means = new List<double>();
        var variances = new List<double>();
        double[]? first = null;
        for (int f = 0; f < frames; f++)
        {
            double[] frame = Masked(source.ReadFrameAsDouble(f), hotMask);
            means.Add(ClippedStatistics.MeanAndStd(frame).Mean);
            if (f % 2 == 0)
            {
                first = frame;
                continue;
            }

            double[] diff = new double[frame.Length];
            int n = 0;
            for (int i = 0; i < frame.Length; i++)
            {
                if (!double.IsNaN(frame[i]) && !double.IsNaN(first![i]))
                {
                    diff[n++] = first[i] - frame[i];
                }
            }

            double std = ClippedStatistics.MeanAndStd(diff.AsSpan(0, n)).Std;
            variances.Add(std * std / 2);
        }

        double mean = means.Average();
        double meanErr = means.Count > 1 ? StdDev(means) / Math.Sqrt(means.Count) : double.NaN;
        double variance = variances.Average();
        double varianceErr = variances.Count >= 3
            ? StdDev(variances) / Math.Sqrt(variances.Count)
            : variance * Math.Sqrt(2.0 / Math.Max(source.Info.PixelsPerFrame - 1, 1)) / Math.Sqrt(variances.Count);
        return new DarkLevel(exposureMs / 1000, mean, meanErr, variance, varianceErr);
    }

    /// <summary>Masked pixels become NaN; <see cref="ClippedStatistics"/> never keeps a NaN.</summary>
    private static double[] Masked(double[] frame, bool[]? mask)
    {
        if (mask is not null)
        {
            for (int i = 0; i < frame.Length; i++)
            {
                if (mask[i])
                {
                    frame[i] = double.NaN;
                }
            }
        }

        return frame;
    }

    private static double StdDev(List<double> v)
    {
        double m = v.Average();
        return Math.Sqrt(v.Sum(x => (x - m) * (x - m)) / (v.Count - 1));
    }
}
