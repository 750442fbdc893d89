namespace CamTest.IO.Tiff;

/// <summary>
/// How one page's pixels are stored: size, sample type, compression and the strip or tile grid. Every page of a
/// stack must share one layout (record equality), so the reader keeps a single copy and per-page offsets only.
/// </summary>
internal sealed record TiffPageLayout(
    int Width,
    int Height,
    PixelType PixelType,
    int Compression,
    int Predictor,
    bool Tiled,
    int SegmentWidth,
    int SegmentHeight)
{
    public int BytesPerPixel => PixelType.BytesPerPixel();

    public long RowBytes => (long)Width * BytesPerPixel;

    public int SegmentsAcross => (int)(((long)Width + SegmentWidth - 1) / SegmentWidth);

    public int SegmentsDown => (int)(((long)Height + SegmentHeight - 1) / SegmentHeight);

    public long SegmentCount => (long)SegmentsAcross * SegmentsDown;

    /// <summary>Bytes of one decoded segment row: a tile's full width (edge tiles are padded) or an image row.</summary>
    public int SegmentRowBytes => SegmentWidth * BytesPerPixel;

    /// <summary>Rows held by segment row <paramref name="down"/>: tiles are always full; the last strip may be short.</summary>
    public int RowsInSegment(int down) => Tiled ? SegmentHeight : Math.Min(SegmentHeight, Height - (down * SegmentHeight));

    /// <summary>Decoded size of a segment in segment row <paramref name="down"/>.</summary>
    public long DecodedSegmentBytes(int down) => (long)RowsInSegment(down) * SegmentRowBytes;

    public static TiffPageLayout From(TiffDirectory dir, TiffFile file, int page)
    {
        long width = dir.Integer(TiffTag.ImageWidth, 0);
        long height = dir.Integer(TiffTag.ImageLength, 0);
        if (width <= 0 || height <= 0 || width > int.MaxValue || height > int.MaxValue)
        {
            throw file.Fail($"page {page} declares a {width}x{height} image, which is not a valid size (corrupt)");
        }

        long samples = dir.Integer(TiffTag.SamplesPerPixel, 1);
        if (samples != 1)
        {
            throw file.Fail($"page {page} holds {samples} samples per pixel (RGB or multi-channel); CamTest reads one-sample greyscale images only — save the camera channel alone");
        }

        if (dir.Integer(TiffTag.Photometric, 1) == 3)
        {
            throw file.Fail($"page {page} is a palette-colour image; CamTest reads greyscale camera data only");
        }

        PixelType type = SampleType(dir, file, page);
        int bpp = type.BytesPerPixel();
        long compression = dir.Integer(TiffTag.Compression, TiffCompression.None);
        if (!TiffCompression.IsSupported((int)Math.Clamp(compression, 0, int.MaxValue)))
        {
            throw file.Fail($"page {page} uses {TiffCompression.Name(compression)} compression, which CamTest does not read (supported: none, LZW, Deflate, PackBits); re-save it uncompressed");
        }

        long predictor = compression == TiffCompression.None ? 1 : dir.Integer(TiffTag.Predictor, 1);
        if (predictor == 3 && type.IsInteger())
        {
            throw file.Fail($"page {page} uses the floating-point predictor (Predictor=3) on {type} samples, which is not defined (corrupt)");
        }

        if (predictor is not (1 or 2 or 3))
        {
            throw file.Fail($"page {page} declares unknown predictor {predictor} (corrupt)");
        }

        bool tiled = dir.Has(TiffTag.TileWidth) || dir.Has(TiffTag.TileOffsets);
        long segWidth = tiled ? dir.Integer(TiffTag.TileWidth, 0) : width;
        long segHeight = tiled ? dir.Integer(TiffTag.TileLength, 0) : Math.Min(dir.Integer(TiffTag.RowsPerStrip, height), height);
        // A decoded strip or tile is buffered whole, so it must fit one array; uncompressed strips are read row by row.
        bool buffered = tiled || compression != TiffCompression.None;
        if (segWidth <= 0 || segHeight <= 0 || segWidth > int.MaxValue / bpp || (buffered && segWidth * segHeight * bpp > Array.MaxLength))
        {
            throw file.Fail($"page {page} declares {(tiled ? "tiles" : "strips")} of {segWidth}x{segHeight} pixels, which is not a valid size (corrupt)");
        }

        return new TiffPageLayout((int)width, (int)height, type, (int)compression, (int)predictor, tiled, (int)segWidth, (int)segHeight);
    }

    private static PixelType SampleType(TiffDirectory dir, TiffFile file, int page)
    {
        long bits = dir.Integer(TiffTag.BitsPerSample, 1);
        long format = dir.Integer(TiffTag.SampleFormat, 1);
        PixelType? type = (format, bits) switch
        {
            (1 or 4, 8) => PixelType.UInt8,
            (1 or 4, 16) => PixelType.UInt16,
            (1 or 4, 32) => PixelType.UInt32,
            (2, 16) => PixelType.Int16,
            (2, 32) => PixelType.Int32,
            (3, 32) => PixelType.Float32,
            (3, 64) => PixelType.Float64,
            _ => null,
        };
        string kind = format switch { 1 or 4 => "unsigned integer", 2 => "signed integer", 3 => "floating-point", _ => $"sample format {format}" };
        return type ?? throw file.Fail($"page {page} holds {bits}-bit {kind} samples; CamTest reads 8/16/32-bit unsigned, 16/32-bit signed and 32/64-bit float greyscale");
    }
}
