namespace CamTest.IO.Fits;

/// <summary>Chooses the delivered pixel type from BITPIX, BSCALE and BZERO (FITS standard 4.0, section 5.3).</summary>
internal static class FitsPixelTypes
{
    private const double UInt16Zero = 32768.0;
    private const double UInt32Zero = 2147483648.0;

    public static (PixelType Type, FitsPixelMapping Mapping) Choose(int bitPix, double bScale, double bZero)
    {
        bool unitScale = bScale == 1.0;
        if (unitScale && bZero == 0.0)
        {
            return bitPix switch
            {
                8 => (PixelType.UInt8, FitsPixelMapping.Direct),
                16 => (PixelType.Int16, FitsPixelMapping.Direct),
                32 => (PixelType.Int32, FitsPixelMapping.Direct),
                -32 => (PixelType.Float32, FitsPixelMapping.Direct),
                -64 => (PixelType.Float64, FitsPixelMapping.Direct),

                // No 64-bit integer pixel type: widen to double (exact up to 2^53, far beyond any camera).
                _ => (PixelType.Float64, FitsPixelMapping.Scaled),
            };
        }

        // The FITS convention for unsigned integers: signed storage offset by 2^(n-1); adding it equals flipping the sign bit.
        if (unitScale && bitPix == 16 && bZero == UInt16Zero)
        {
            return (PixelType.UInt16, FitsPixelMapping.FlipSignBit);
        }

        if (unitScale && bitPix == 32 && bZero == UInt32Zero)
        {
            return (PixelType.UInt32, FitsPixelMapping.FlipSignBit);
        }

        return (PixelType.Float64, FitsPixelMapping.Scaled);
    }
}
