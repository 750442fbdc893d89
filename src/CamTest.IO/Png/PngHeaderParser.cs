using System.Buffers.Binary;

namespace CamTest.IO.Png;

/// <summary>Validates IHDR and refuses what CamTest does not read, with the reason and a way out.</summary>
internal static class PngHeaderParser
{
    public static PngHeader Parse(string path, ReadOnlySpan<byte> data)
    {
        if (data.Length != 13)
        {
            throw new InvalidInputException(path, $"PNG IHDR chunk holds {data.Length} bytes instead of 13 (damaged file)");
        }

        uint width = BinaryPrimitives.ReadUInt32BigEndian(data);
        uint height = BinaryPrimitives.ReadUInt32BigEndian(data[4..]);
        int bitDepth = data[8];
        int colourType = data[9];
        if (width == 0 || height == 0 || width > int.MaxValue || height > int.MaxValue)
        {
            throw new InvalidInputException(path, $"PNG declares an image of {width} x {height} pixels (damaged file)");
        }

        if (colourType != 0)
        {
            string kind = colourType switch
            {
                2 => "RGB colour",
                3 => "palette colour",
                4 => "greyscale with alpha",
                6 => "RGB colour with alpha",
                _ => $"unknown colour type {colourType}",
            };
            throw new InvalidInputException(path, $"PNG is {kind}; CamTest reads greyscale camera frames only (save as 8- or 16-bit greyscale)");
        }

        if (bitDepth is not (1 or 2 or 4 or 8 or 16))
        {
            throw new InvalidInputException(path, $"PNG greyscale bit depth {bitDepth} is invalid (damaged file)");
        }

        if (data[10] != 0 || data[11] != 0)
        {
            throw new InvalidInputException(path, $"PNG uses compression method {data[10]} / filter method {data[11]}, which the PNG standard does not define");
        }

        if (data[12] != 0)
        {
            throw new InvalidInputException(path, "PNG is Adam7-interlaced, which CamTest does not read; save it non-interlaced");
        }

        return new PngHeader((int)width, (int)height, bitDepth, bitDepth);
    }
}
