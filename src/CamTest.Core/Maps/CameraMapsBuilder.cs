using CamTest.Core.Session;
using CamTest.Core.Statistics;
using CamTest.IO;

namespace CamTest.Core.Maps;

/// <summary>
/// Builds <see cref="CameraMaps"/> by streaming: the darks in one per-pixel pass (<see cref="StackStatistics.PerPixelMaps"/>: exact sums, the same pass as analyze's),
/// then each flat level in one pass, folded at once into the per-pixel fit through the dark-subtracted origin
/// (Huang et al. 2013, Nat. Methods 10:653): gain g = sum_k x_k y_k / sum_k x_k^2 with x_k = flat mean - offset and
/// y_k = flat variance - dark variance at level k. Memory is a few maps (48 bytes a pixel at the peak) whatever the
/// number of frames or levels.
/// </summary>
public static class CameraMapsBuilder
{
    /// <param name="tileBytes">The pass's tile size (default <see cref="StackPass.PerPixelTileBytes"/>); tests choose small ones.</param>
    public static CameraMaps Build(IFrameSource darks, IReadOnlyList<IFrameSource> flats, IProgress<AnalysisProgress>? progress = null, int? tileBytes = null)
    {
        StackInfo info = darks.Info;
        if (info.FrameCount < 2)
        {
            throw new InvalidInputException(info.Path, $"{info.FrameCount} dark frame(s): a variance map needs at least 2");
        }

        PixelMaps dark = Maps(darks, "darks", progress, tileBytes);
        double[] offset = dark.Mean, variance = dark.Variance;
        int n = offset.Length;

        double[]? gain = null, readNoise = null;
        var flatFrames = new List<long>();
        if (flats.Count > 0)
        {
            double[] sxy = PixelMapMemory.Doubles(n);
            double[] sxx = PixelMapMemory.Doubles(n);
            foreach (IFrameSource flat in flats)
            {
                StackInfo f = flat.Info;
                if (f.Width != info.Width || f.Height != info.Height)
                {
                    throw new InvalidInputException(f.Path, $"{f.Width} x {f.Height} frames, but the darks are {info.Width} x {info.Height}");
                }

                if (f.FrameCount < 2)
                {
                    throw new InvalidInputException(f.Path, $"{f.FrameCount} frame(s): a flat level needs at least 2 for its variance");
                }

                PixelMaps level = Maps(flat, $"flats: {Path.GetFileName(f.Path)}", progress, tileBytes);
                for (int i = 0; i < n; i++)
                {
                    double x = level.Mean[i] - offset[i];
                    double y = level.Variance[i] - variance[i];
                    sxy[i] += x * y;
                    sxx[i] += x * x;
                }

                flatFrames.Add(level.FrameCount);
            }

            gain = sxy;
            readNoise = sxx;
            for (int i = 0; i < n; i++)
            {
                gain[i] = sxy[i] / sxx[i];
                readNoise[i] = gain[i] > 0 ? Math.Sqrt(variance[i]) / gain[i] : double.NaN;
            }
        }

        // Each map ranked once, on a core each, for its bad-pixel limits and later for its summary.
        Task<RankedMap> rankingOffset = Task.Run(() => RankedMap.Of(offset));
        RankedMap rankedVariance = RankedMap.Of(variance);
        RankedMap rankedOffset = rankingOffset.GetAwaiter().GetResult();
        (BadPixelReason[] bad, BadPixelLimits offsetLimits, BadPixelLimits varianceLimits) = BadPixelFinder.Find(rankedOffset, rankedVariance, gain);
        return new CameraMaps(info.Width, info.Height, dark.FrameCount, flatFrames, offset, variance, gain, readNoise, bad)
        {
            OffsetLimits = offsetLimits, VarianceLimits = varianceLimits, RankedOffset = rankedOffset, RankedVariance = rankedVariance,
        };
    }

    private static PixelMaps Maps(IFrameSource source, string stage, IProgress<AnalysisProgress>? progress, int? tileBytes) =>
        StackStatistics.PerPixelMaps(source, tileBytes, progress is null ? null : new StageProgress(progress, stage));
}
