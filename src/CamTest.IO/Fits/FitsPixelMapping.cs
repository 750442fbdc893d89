namespace CamTest.IO.Fits;

/// <summary>How the stored big-endian values become the delivered pixels.</summary>
internal enum FitsPixelMapping
{
    /// <summary>Byte-swap only: the stored type is the delivered type.</summary>
    Direct,

    /// <summary>Signed storage of unsigned data (BZERO 2^15 or 2^31, BSCALE 1): byte-swap, then flip the sign bit.</summary>
    FlipSignBit,

    /// <summary>Any other BSCALE/BZERO: physical = stored x BSCALE + BZERO, delivered as Float64.</summary>
    Scaled,
}
