namespace CamTest.IO.Png;

/// <summary>The IHDR facts CamTest needs, plus the significant bits from sBIT when present.</summary>
internal sealed record PngHeader(int Width, int Height, int BitDepth, int SignificantBits)
{
    /// <summary>Bytes of one unfiltered row (greyscale: one sample per pixel, packed below 8 bits).</summary>
    public long RowBytes => (((long)Width * BitDepth) + 7) / 8;

    /// <summary>Distance, in bytes, to the corresponding byte of the previous pixel (filters Sub, Average, Paeth).</summary>
    public int FilterStride => Math.Max(1, BitDepth / 8);

    public PixelType PixelType => BitDepth == 16 ? PixelType.UInt16 : PixelType.UInt8;
}
