using System.Buffers.Binary;
using System.Text;
using Microsoft.Win32.SafeHandles;

namespace CamTest.IO.Png;

/// <summary>
/// Walks the chunks of a PNG file at open time: checks every chunk fits in the file, verifies the CRC of
/// every chunk but IDAT (whose CRCs are checked as the data is decoded), reads IHDR and sBIT, and refuses
/// what CamTest cannot read (colour, palette, Adam7 interlacing) before any pixel buffer exists.
/// </summary>
internal static class PngStructureReader
{
    private static readonly byte[] Signature = [0x89, (byte)'P', (byte)'N', (byte)'G', 0x0D, 0x0A, 0x1A, 0x0A];

    // Deflate cannot compress better than about 1032:1, so a header promising more data than that is false.
    private const long MaxDeflateRatio = 1032;

    public static ReadOnlySpan<byte> SignatureBytes => Signature;

    public static PngStructure Read(string path, SafeFileHandle handle, long fileLength)
    {
        Span<byte> signature = stackalloc byte[8];
        if (fileLength < 8 || RandomAccess.Read(handle, signature, 0) != 8 || !signature.SequenceEqual(Signature))
        {
            throw new InvalidInputException(path, "not a PNG file (signature missing)");
        }

        PngHeader? header = null;
        int significantBits = 0;
        var dataChunks = new List<PngChunk>();
        bool dataEnded = false;
        long offset = 8;
        Span<byte> prefix = stackalloc byte[8];
        while (true)
        {
            if (offset + 12 > fileLength)
            {
                throw new InvalidInputException(path, $"PNG ends at byte {fileLength} without an IEND chunk (truncated file)");
            }

            RandomAccess.Read(handle, prefix, offset);
            uint length = BinaryPrimitives.ReadUInt32BigEndian(prefix);
            string type = ChunkType(path, prefix[4..], offset);
            if (length > int.MaxValue || offset + 12 + length > fileLength)
            {
                throw new InvalidInputException(path, $"PNG chunk {type} at byte {offset} declares {length} bytes but the file ends first (truncated file)");
            }

            var chunk = new PngChunk(type, offset + 8, (int)length);
            offset += 12 + length;
            if (header is null && type != "IHDR")
            {
                throw new InvalidInputException(path, $"PNG starts with chunk {type} instead of IHDR (damaged file)");
            }

            if (type == "IDAT")
            {
                if (dataEnded)
                {
                    throw new InvalidInputException(path, "PNG image data (IDAT) is split by other chunks, which the PNG standard forbids (damaged file)");
                }

                dataChunks.Add(chunk);
                continue;
            }

            dataEnded |= dataChunks.Count > 0;
            byte[] data = PngChunkData.ReadVerified(path, handle, chunk);
            switch (type)
            {
                case "IHDR":
                    header = PngHeaderParser.Parse(path, data);
                    break;
                case "sBIT":
                    significantBits = data.Length >= 1 ? data[0] : 0;
                    break;
                case "IEND":
                    return Finish(path, header!, significantBits, dataChunks);
                default:
                    if (chunk.IsCritical)
                    {
                        throw new InvalidInputException(path, $"PNG holds critical chunk {type}, which a greyscale image must not have (unsupported or damaged file)");
                    }

                    break;
            }
        }
    }

    private static PngStructure Finish(string path, PngHeader header, int significantBits, List<PngChunk> dataChunks)
    {
        if (dataChunks.Count == 0)
        {
            throw new InvalidInputException(path, "PNG holds no image data (no IDAT chunk)");
        }

        var structure = new PngStructure(
            header with { SignificantBits = significantBits >= 1 && significantBits <= header.BitDepth ? significantBits : header.BitDepth },
            dataChunks);
        // In double so that a forged IHDR (up to 2^31 x 2^31 pixels) cannot overflow the check itself.
        double filteredBytes = (double)header.Height * (header.RowBytes + 1);
        if (filteredBytes > (structure.CompressedBytes * (double)MaxDeflateRatio) + 1024)
        {
            throw new InvalidInputException(
                path, $"PNG header declares {header.Width} x {header.Height} pixels ({filteredBytes:F0} bytes) but holds only {structure.CompressedBytes} bytes of compressed data, too little to encode them (damaged file)");
        }

        // The decoder inflates the whole image into one array (PNG rows are reachable only in order).
        FrameSizeLimit.Check(path, header.Width, header.Height, header.PixelType);

        return structure;
    }

    private static string ChunkType(string path, ReadOnlySpan<byte> bytes, long offset)
    {
        foreach (byte b in bytes)
        {
            if (!char.IsAsciiLetter((char)b))
            {
                throw new InvalidInputException(path, $"PNG chunk at byte {offset} has an invalid type (damaged file or garbage after the signature)");
            }
        }

        return Encoding.ASCII.GetString(bytes);
    }
}
