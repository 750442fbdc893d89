using CamTest.Core.Analysis;
using CamTest.Core.Statistics;
using CamTest.IO;

namespace CamTest.Core.Emva;

/// <summary>
/// Reads every image of an EMVA 1288 measurement once and reduces it (the standard's data reduction): each temporal
/// pair to its exact difference statistics, each spatial set to per-pixel exact sums. Pairs and slices of spatial
/// sets are independent, so they run in parallel on all cores (decoding PNG dominates); results do not depend on the
/// order they finish in, because every sum is exact and merged in a fixed order.
/// </summary>
public static class EmvaReducer
{
    /// <summary>Frames one spatial slice accumulates; slices run in parallel and merge exactly.</summary>
    private const int FramesPerSlice = 8;

    /// <summary>Above this many pixels a frame's per-pixel sums are large (16 bytes a pixel): one slice per spatial set.</summary>
    private const int LargeFramePixels = 1 << 24;

    public static EmvaReduction Reduce(EmvaInput input, IProgress<double>? progress = null)
    {
        (FrameShape shape, int bits) = Shape(input);
        double topCode = Math.Pow(2, bits) - 1;
        var work = new List<WorkItem>();
        for (int s = 0; s < input.Sets.Count; s++)
        {
            EmvaSet set = input.Sets[s];
            int slice = set.IsSpatial ? (shape.Pixels > LargeFramePixels ? set.Frames.Count : FramesPerSlice) : 2;
            for (int first = 0; first + (set.IsSpatial ? 1 : 2) <= set.Frames.Count; first += slice)
            {
                work.Add(new WorkItem(s, first, Math.Min(slice, set.Frames.Count - first)));
            }
        }

        // Larger items first keeps both cores busy to the end.
        WorkItem[] ordered = [.. work.OrderByDescending(w => w.Count)];
        var results = new ItemResult[ordered.Length];
        long framesDone = 0, framesTotal = ordered.Sum(w => (long)w.Count);
        Parallel.For(
            0,
            ordered.Length,
            new ParallelOptions { MaxDegreeOfParallelism = Environment.ProcessorCount },
            () => (new byte[shape.Bytes], new byte[shape.Bytes]),
            (i, _, buffers) =>
            {
                WorkItem item = ordered[i];
                EmvaSet set = input.Sets[item.Set];
                using var reader = new EmvaFrameReader(shape, set.Origin);
                EmvaFrame[] frames = [.. set.Frames.Skip(item.First).Take(item.Count)];
                results[i] = set.IsSpatial ? Accumulate(frames, reader, shape, topCode, buffers.Item1) : Pair(frames, reader, shape, topCode, buffers);
                progress?.Report(Interlocked.Add(ref framesDone, item.Count) / (double)framesTotal);
                return buffers;
            },
            _ => { });

        return Collect(input, shape, topCode, ordered, results);
    }

    /// <summary>The shape of the first image (checked against what the source declares) and the ADC bits.</summary>
    private static ImageShape Shape(EmvaInput input)
    {
        EmvaFrame first = input.Sets.SelectMany(s => s.Frames).FirstOrDefault()
            ?? throw new InvalidInputException(input.Source, "names no images");
        using IFrameSource file = ImageFile.Open(first.Path);
        StackInfo info = file.Info;
        if ((input.Width is int w && w != info.Width) || (input.Height is int h && h != info.Height))
        {
            throw new InvalidInputException(first.Path, $"is {info.Width} x {info.Height}, but {input.Source} declares {input.Width} x {input.Height}");
        }

        return new(new FrameShape(info.Width, info.Height, info.PixelType), input.Bits ?? info.BitDepth);
    }

    /// <param name="frames">The work item's frames: one pair.</param>
    private static ItemResult Pair(EmvaFrame[] frames, EmvaFrameReader reader, FrameShape shape, double topCode, (byte[] A, byte[] B) buffers)
    {
        reader.Read(frames[0], buffers.A);
        reader.Read(frames[1], buffers.B);
        PairDifference pair = PairDifferenceKernels.Compute(buffers.A, buffers.B, shape.Type);
        long top = TopCodeCount.AtOrAbove(buffers.A, shape.Type, topCode) + TopCodeCount.AtOrAbove(buffers.B, shape.Type, topCode);
        return new ItemResult(pair, null, [], top, 2L * shape.Pixels);
    }

    /// <param name="frames">The work item's frames: a slice of a spatial set.</param>
    private static ItemResult Accumulate(EmvaFrame[] frames, EmvaFrameReader reader, FrameShape shape, double topCode, byte[] buffer)
    {
        var sums = new PixelAccumulator(shape.Pixels, shape.Type);
        var means = new double[frames.Length];
        long top = 0;
        for (int k = 0; k < frames.Length; k++)
        {
            reader.Read(frames[k], buffer);
            sums.Add(buffer);
            means[k] = MomentsKernels.Compute(buffer, shape.Type).Mean;
            top += TopCodeCount.AtOrAbove(buffer, shape.Type, topCode);
        }

        return new ItemResult(null, sums, means, top, (long)frames.Length * shape.Pixels);
    }

    private static EmvaReduction Collect(EmvaInput input, FrameShape shape, double topCode, WorkItem[] items, ItemResult[] results)
    {
        var temporal = new List<ReducedPairs>();
        var spatial = new List<ReducedSpatial>();
        for (int s = 0; s < input.Sets.Count; s++)
        {
            EmvaSet set = input.Sets[s];
            // Items back in frame order: exact sums merge the same whatever order the threads finished in.
            (WorkItem Item, ItemResult Result)[] parts = [.. items.Zip(results).Where(p => p.First.Set == s).OrderBy(p => p.First.First)];
            long top = parts.Sum(p => p.Result.TopCodePixels), read = parts.Sum(p => p.Result.PixelsRead);
            if (!set.IsSpatial)
            {
                temporal.Add(new ReducedPairs(set, [.. parts.Select(p => p.Result.Pair!)], top, read));
                continue;
            }

            PixelAccumulator sums = parts[0].Result.Sums!;
            foreach ((_, ItemResult r) in parts.Skip(1))
            {
                sums.Combine(r.Sums!);
            }

            AveragedImage image = AveragedImage.From(sums, [.. parts.SelectMany(p => p.Result.FrameMeans)]);
            spatial.Add(new ReducedSpatial(set, image, shape.Width, shape.Height, top, read));
        }

        return new EmvaReduction(temporal, spatial, shape.Width, shape.Height, topCode);
    }

    private readonly record struct WorkItem(int Set, int First, int Count);

    private sealed record ItemResult(PairDifference? Pair, PixelAccumulator? Sums, double[] FrameMeans, long TopCodePixels, long PixelsRead);

    /// <summary>The images' shape and the ADC's bits.</summary>
    private readonly record struct ImageShape(FrameShape Shape, int Bits);
}
