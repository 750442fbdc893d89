namespace CamTest.IO.Tiff;

/// <summary>The tag numbers this reader uses (TIFF 6.0, Adobe and vendor-registered private tags).</summary>
internal static class TiffTag
{
    public const ushort NewSubfileType = 254;
    public const ushort ImageWidth = 256;
    public const ushort ImageLength = 257;
    public const ushort BitsPerSample = 258;
    public const ushort Compression = 259;
    public const ushort Photometric = 262;
    public const ushort ImageDescription = 270;
    public const ushort StripOffsets = 273;
    public const ushort SamplesPerPixel = 277;
    public const ushort RowsPerStrip = 278;
    public const ushort StripByteCounts = 279;
    public const ushort PlanarConfiguration = 284;
    public const ushort Predictor = 317;
    public const ushort TileWidth = 322;
    public const ushort TileLength = 323;
    public const ushort TileOffsets = 324;
    public const ushort TileByteCounts = 325;
    public const ushort SampleFormat = 339;

    /// <summary>ImageJ's binary metadata (display ranges, labels) — read for its "info" text only.</summary>
    public const ushort IJMetadata = 50839;

    /// <summary>Micro-Manager's per-image JSON metadata.</summary>
    public const ushort MicroManagerMetadata = 51123;
}
