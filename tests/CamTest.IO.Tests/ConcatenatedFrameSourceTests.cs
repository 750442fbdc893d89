using CamTest.IO.Writers;
using CamTest.TestSupport;

namespace CamTest.IO.Tests;

/// <summary>Many files as one sequence: image sequences of thousands of single-frame files must not exhaust file handles.</summary>
public class ConcatenatedFrameSourceTests
{
    [Fact]
    public void Many_single_frame_files_read_right_in_any_order_from_two_threads_with_few_files_open()
    {
        const int files = 10 * ConcatenatedFrameSource.MaxOpenParts;
        string folder = TestPaths.NewTempFolder("sequence");
        // Frame k holds the value 1000 + k everywhere, so a frame read from the wrong file is seen at once.
        string[] paths = [.. Enumerable.Range(0, files).Select(k => WriteFrame(folder, k))];
        using IFrameSource source = ConcatenatedFrameSource.Open(paths);
        var pool = (ConcatenatedFrameSource)source;
        Assert.Equal(files, source.Info.FrameCount);
        Assert.InRange(pool.OpenParts, 1, ConcatenatedFrameSource.MaxOpenParts);

        int[] order = [.. Enumerable.Range(0, files).Concat(Enumerable.Range(0, files).Reverse()).OrderBy(k => (k * 7919) % files)];
        Parallel.For(0, order.Length, new ParallelOptions { MaxDegreeOfParallelism = 2 }, i =>
        {
            double[] frame = source.ReadFrameAsDouble(order[i]);
            Assert.All(frame, v => Assert.Equal(1000 + order[i], v));
        });
        // Two threads may each hold a lease while the pool is full, so it can run over by at most one per extra reader.
        Assert.InRange(pool.OpenParts, 1, ConcatenatedFrameSource.MaxOpenParts + 1);
    }

    [Fact]
    public void Files_of_another_size_are_refused_naming_the_file()
    {
        string folder = TestPaths.NewTempFolder("sequence-mixed");
        string a = WriteFrame(folder, 0), b = WriteFrame(folder, 1, width: 9);
        var ex = Assert.Throws<InvalidInputException>(() => ConcatenatedFrameSource.Open([a, a, b]));
        Assert.Equal(b, ex.FilePath);
    }

    private static string WriteFrame(string folder, int k, int width = 8)
    {
        string path = Path.Combine(folder, $"img_{k:D5}.ome.tif");
        using OmeTiffWriter writer = OmeTiffWriter.Create(path, new OmeTiffSeries { Width = width, Height = 4, BitDepth = 16, Planes = [new OmeTiffPlane(1, k)] });
        writer.WriteFrame(Enumerable.Repeat((ushort)(1000 + k), width * 4).ToArray());
        writer.Complete();
        return path;
    }
}
