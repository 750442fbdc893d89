using Microsoft.Win32.SafeHandles;

namespace CamTest.IO.Tiff;

/// <summary>
/// Opens a TIFF: reads the header, walks the IFD chain once (with a loop guard), checks every page shares one
/// layout, indexes each page's pixel data, and gathers ImageJ, OME and Micro-Manager metadata into a
/// <see cref="StackInfo"/>.
/// </summary>
internal static class TiffOpener
{
    /// <summary>More pages than any acquisition writes into one file; beyond this the chain is taken as corrupt.</summary>
    private const int MaxPages = 10_000_000;

    public static IFrameSource Open(string path)
    {
        long length = InputFile.Length(path);
        SafeFileHandle handle = InputFile.OpenRead(path);
        TiffFile file;
        long firstIfd;
        try
        {
            file = ReadHeader(path, handle, length, out firstIfd);
        }
        catch
        {
            handle.Dispose();
            throw;
        }

        try
        {
            return Build(file, firstIfd);
        }
        catch
        {
            file.Dispose();
            throw;
        }
    }

    private static TiffFile ReadHeader(string path, SafeFileHandle handle, long length, out long firstIfd)
    {
        if (length < 8)
        {
            throw new InvalidInputException(path, $"holds only {length} bytes, too short for a TIFF header");
        }

        Span<byte> header = stackalloc byte[16];
        int read = RandomAccess.Read(handle, header, 0);
        bool bigEndian = header[0] == 'M';
        bool bigTiff = header[bigEndian ? 3 : 2] == 43;
        var file = new TiffFile(path, handle, length, bigEndian, bigTiff);
        if (bigTiff && (read < 16 || file.UInt16(header[4..]) != 8))
        {
            throw new InvalidInputException(path, "has a BigTIFF signature but a malformed header (truncated or corrupt)");
        }

        firstIfd = file.Offset(header[(bigTiff ? 8 : 4)..]);
        return file;
    }

    private static TiffFrameSource Build(TiffFile file, long firstIfd)
    {
        if (firstIfd == 0)
        {
            throw file.Fail("is a TIFF with no images (its first directory offset is 0)");
        }

        var visited = new HashSet<long>();
        TiffDirectory first = TiffDirectory.Read(file, firstIfd, 0);
        TiffPageLayout layout = TiffPageLayout.From(first, file, 0);
        var index = new TiffFrameIndexBuilder(file, layout);
        string? description = first.Text(TiffTag.ImageDescription);
        string? firstMm = first.Text(TiffTag.MicroManagerMetadata);
        var mmFrames = new List<FrameMetadata>();

        TiffDirectory? dir = first;
        for (int page = 0; dir is not null; page++)
        {
            if (page >= MaxPages || !visited.Add(dir.Offset))
            {
                throw file.Fail(page >= MaxPages
                    ? $"the directory chain goes on past {MaxPages} pages (corrupt)"
                    : $"the directory chain loops back to byte {dir.Offset} after page {page - 1} (corrupt)");
            }

            // Reduced-resolution pages (thumbnails, previews) are not frames of the stack.
            if (page > 0 && (dir.Integer(TiffTag.NewSubfileType, 0) & 1) != 0)
            {
                dir = dir.NextOffset == 0 ? null : TiffDirectory.Read(file, dir.NextOffset, page + 1);
                continue;
            }

            if (page > 0)
            {
                TiffPageLayout other = TiffPageLayout.From(dir, file, page);
                if (other != layout)
                {
                    throw file.Fail($"page {page} is {Describe(other)} but page 0 is {Describe(layout)}; every frame of a stack must share size, type and storage");
                }
            }

            // The tables' lengths come from the file: check them against the layout before reading (and allocating) them.
            ushort offsetsTag = layout.Tiled ? TiffTag.TileOffsets : TiffTag.StripOffsets;
            ushort countsTag = layout.Tiled ? TiffTag.TileByteCounts : TiffTag.StripByteCounts;
            index.CheckTableLengths(page, dir.ValueCount(offsetsTag), dir.ValueCount(countsTag));
            long[] offsets = dir.Integers(offsetsTag, layout.SegmentCount);
            long[] counts = dir.Integers(countsTag, layout.SegmentCount);
            index.Add(page, offsets, counts);
            if (firstMm is not null)
            {
                mmFrames.Add(MicroManagerMetadata.Frame(page == 0 ? firstMm : dir.Text(TiffTag.MicroManagerMetadata)));
            }

            dir = dir.NextOffset == 0 ? null : TiffDirectory.Read(file, dir.NextOffset, page + 1);
        }

        int pages = index.Count;
        TiffFrameIndex frames = index.Build();
        bool imageJ = ImageJDescription.IsImageJ(description);
        if (imageJ && pages == 1 && ImageJDescription.Parse(description!).Images is long images && images > 1)
        {
            frames = ImageJContiguous(file, layout, frames, images);
        }

        StackInfo info = TiffStackInfo.Create(file, first, layout, frames.FrameCount, description, firstMm, mmFrames);
        return new TiffFrameSource(file, layout, frames, info);
    }

    /// <summary>ImageJ's layout for stacks over 4 GB: one IFD, then all planes back to back after the first.</summary>
    private static TiffFrameIndex ImageJContiguous(TiffFile file, TiffPageLayout layout, TiffFrameIndex single, long images)
    {
        if (!single.IsContiguous)
        {
            throw file.Fail($"the ImageJ description says {images} images but the single page is compressed or tiled, so the other planes cannot be located");
        }

        long frameBytes = layout.Height * layout.RowBytes;
        long start = single.FrameStart(0);
        long available = (file.Length - start) / frameBytes;
        if (images > available)
        {
            throw file.Fail($"the ImageJ description says {images} images but the file holds only {available} after the first plane's offset (truncated)");
        }

        if (images > int.MaxValue)
        {
            throw file.Fail($"holds {images} images, more than CamTest can index");
        }

        return TiffFrameIndex.Evenly((int)images, start, frameBytes);
    }

    private static string Describe(TiffPageLayout l) =>
        $"{l.Width}x{l.Height} {l.PixelType} ({(l.Tiled ? "tiles" : "strips")} {l.SegmentWidth}x{l.SegmentHeight}, compression {l.Compression}, predictor {l.Predictor})";
}
