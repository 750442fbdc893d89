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

    [Fact]
    public void A_closed_part_changed_since_opening_is_refused_naming_the_file()
    {
        // Parts beyond the pool are closed after validation; part 4 is rewritten 9 pixels wide before it is reopened.
        string folder = TestPaths.NewTempFolder("sequence-changed");
        string[] paths = [.. Enumerable.Range(0, ConcatenatedFrameSource.MaxOpenParts + 1).Select(k => WriteFrame(folder, k))];
        using IFrameSource source = ConcatenatedFrameSource.Open(paths);
        File.Delete(paths[^1]);
        WriteFrame(folder, ConcatenatedFrameSource.MaxOpenParts, width: 9);

        var ex = Assert.Throws<InvalidInputException>(() => source.ReadFrameAsDouble(ConcatenatedFrameSource.MaxOpenParts));

        Assert.Equal(paths[^1], ex.FilePath);
        Assert.Contains("changed since it was opened: now 1 frames of 9x4 UInt16, then 1 frames of 8x4 UInt16", ex.Problem, StringComparison.Ordinal);
        Assert.Equal(Enumerable.Repeat(1000.0, 32), source.ReadFrameAsDouble(0)); // the unchanged parts still read
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
