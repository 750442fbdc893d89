using System.Buffers.Binary;
using CamTest.TestSupport;

namespace CamTest.IO.Tests.Tiff;

/// <summary>Stacks of tens of thousands of pages: the index kept after opening must not grow with the page count.</summary>
[Collection(MemoryMeasurementGroup.Name)]
public sealed class TiffLargePageCountTests : IDisposable
{
    private readonly string _folder = TestPaths.NewTempFolder("tiff-pages");

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Fact]
    public void Keeps_only_an_empty_index_for_twelve_thousand_uniform_pages()
    {
        // 12,000 pages of 2x2: the reader must keep offsets lean (first offset + stride), not per-page tables.
        TinyPage page = Page(2, 2);
        string path = Save(TinyTiff.Build([.. Enumerable.Repeat(page, 12_000)]));
        using (IFrameSource warmUp = ImageFile.Open(Save(TinyTiff.Build(page, page))))
        {
            FrameReading.Frame(warmUp, 1); // first-use statics (type loading, pools) are not the index's cost
        }

        long before = GC.GetTotalMemory(forceFullCollection: true);
        using IFrameSource source = ImageFile.Open(path);
        long retained = GC.GetTotalMemory(forceFullCollection: true) - before;

        Assert.Equal(12_000, source.Info.FrameCount);
        Assert.Equal([0.0, 1, 2, 3], FrameReading.Frame(source, 11_999));
        // A per-page strip table would retain >= 2 arrays x 12,000 pages x 32 bytes = 768 kB; lean storage is a few kB.
        Assert.True(retained < 64 * 1024, $"opening retained {retained} bytes");
    }

    private string Save(byte[] bytes)
    {
        string path = Path.Combine(_folder, $"{Guid.NewGuid():N}.tif");
        File.WriteAllBytes(path, bytes);
        return path;
    }

    private static TinyPage Page(int width, int height)
    {
        var data = new byte[width * height * 2];
        for (int i = 0; i < width * height; i++)
        {
            BinaryPrimitives.WriteUInt16LittleEndian(data.AsSpan(i * 2), (ushort)i);
        }

        return new TinyPage(width, height, data);
    }
}
