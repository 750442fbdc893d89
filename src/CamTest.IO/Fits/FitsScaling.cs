using System.Buffers.Binary;

namespace CamTest.IO.Fits;

/// <summary>Physical values from scaled FITS data: stored x BSCALE + BZERO, computed in double.</summary>
internal static class FitsScaling
{
    /// <summary>Converts big-endian stored values of the given BITPIX into <paramref name="physical"/>.</summary>
    public static void Apply(ReadOnlySpan<byte> stored, int bitPix, double bScale, double bZero, Span<double> physical)
    {
        int size = Math.Abs(bitPix) / 8;
        for (int i = 0; i < physical.Length; i++)
        {
            ReadOnlySpan<byte> v = stored.Slice(i * size, size);
            double raw = bitPix switch
            {
                8 => v[0],
                16 => BinaryPrimitives.ReadInt16BigEndian(v),
                32 => BinaryPrimitives.ReadInt32BigEndian(v),
                64 => BinaryPrimitives.ReadInt64BigEndian(v),
                -32 => BinaryPrimitives.ReadSingleBigEndian(v),
                _ => BinaryPrimitives.ReadDoubleBigEndian(v),
            };
            physical[i] = (raw * bScale) + bZero;
        }
    }
}
