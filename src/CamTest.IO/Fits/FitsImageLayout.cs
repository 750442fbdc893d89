namespace CamTest.IO.Fits;

/// <summary>Where and how the pixels of the chosen image HDU are stored.</summary>
/// <param name="Header">The image HDU's header (for a primary HDU with no data, the first IMAGE extension's).</param>
/// <param name="BitPix">FITS BITPIX: 8, 16, 32, 64 for integers, -32, -64 for IEEE floats.</param>
/// <param name="Frames">NAXIS3, or 1 for a 2-D image.</param>
internal sealed record FitsImageLayout(
    FitsHeader Header,
    int BitPix,
    int Width,
    int Height,
    int Frames,
    PixelType PixelType,
    FitsPixelMapping Mapping,
    double BScale,
    double BZero)
{
    public int StoredBytesPerPixel => Math.Abs(BitPix) / 8;

    public long StoredBytesPerFrame => (long)Width * Height * StoredBytesPerPixel;
}
