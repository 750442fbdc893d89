using System.Buffers;
using Microsoft.Win32.SafeHandles;

namespace CamTest.IO.Png;

/// <summary>
/// Inflates the IDAT stream and unfilters it row by row into host-order pixels: UInt16 for 16-bit data
/// (PNG stores it big-endian), UInt8 otherwise, with 1/2/4-bit samples unpacked to one byte each (codes, not rescaled).
/// The pixel buffer is rented from <see cref="ArrayPool{T}.Shared"/> and may be longer than the image.
/// </summary>
internal static class PngDecoder
{
    public static byte[] Decode(string path, SafeFileHandle handle, PngStructure structure)
    {
        PngHeader header = structure.Header;
        int rowBytes = (int)header.RowBytes;
        int pixelRowBytes = header.Width * header.PixelType.BytesPerPixel();
        // From the shared pool: a sequence of one-frame PNGs (an EMVA measurement) would otherwise put hundreds of
        // large arrays on the large-object heap; PngFrameSource returns it when disposed.
        byte[] pixels = ArrayPool<byte>.Shared.Rent(checked(pixelRowBytes * header.Height));
        byte[] row = new byte[rowBytes + 1];
        byte[] prior = new byte[rowBytes + 1];
        try
        {
            using var idat = new PngIdatStream(path, handle, structure.DataChunks);
            using var zlib = new ZlibInflater(idat);
            for (int y = 0; y < header.Height; y++)
            {
                int read = zlib.Fill(row);
                if (read < row.Length)
                {
                    throw new InvalidInputException(path, $"PNG image data ends after {y} of {header.Height} rows (truncated or damaged file)");
                }

                if (!PngFilters.TryUnfilter(row[0], row.AsSpan(1), prior.AsSpan(1), header.FilterStride))
                {
                    throw new InvalidInputException(path, $"PNG row {y} uses filter type {row[0]}, which does not exist (damaged file)");
                }

                Unpack(row.AsSpan(1), header, pixels.AsSpan(y * pixelRowBytes, pixelRowBytes));
                (row, prior) = (prior, row);
            }

            zlib.ReadToEnd();
        }
        catch (InvalidDataException ex)
        {
            // The runtime's zlib message speaks of archive entries; say what it means for an image.
            throw new InvalidInputException(path, "PNG compressed image data is corrupt (the zlib stream cannot be inflated; the file is damaged)", ex);
        }

        return pixels;
    }

    private static void Unpack(ReadOnlySpan<byte> row, PngHeader header, Span<byte> destination)
    {
        switch (header.BitDepth)
        {
            case 8:
                row.CopyTo(destination);
                break;
            case 16:
                row.CopyTo(destination);
                if (BitConverter.IsLittleEndian)
                {
                    ByteOrder.Swap(destination, 2);
                }

                break;
            default:
                int depth = header.BitDepth;
                int perByte = 8 / depth;
                int mask = (1 << depth) - 1;
                for (int x = 0; x < destination.Length; x++)
                {
                    int shift = 8 - (depth * ((x % perByte) + 1));
                    destination[x] = (byte)((row[x / perByte] >> shift) & mask);
                }

                break;
        }
    }
}
