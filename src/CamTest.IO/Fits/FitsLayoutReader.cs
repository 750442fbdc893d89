using Microsoft.Win32.SafeHandles;

namespace CamTest.IO.Fits;

/// <summary>
/// Finds the image in a FITS file and checks that its declared shape fits in the file before anything is
/// allocated. The primary HDU is used unless it holds no data (NAXIS = 0), in which case the first IMAGE
/// extension is; tile-compressed images (a BINTABLE with ZIMAGE = T) are refused with advice.
/// </summary>
internal static class FitsLayoutReader
{
    private const int MaxExtensions = 1000;

    public static FitsImageLayout Read(string path, SafeFileHandle handle, long fileLength)
    {
        FitsHeader primary = FitsHeaderReader.Read(path, handle, 0, fileLength);
        if (primary.GetLogical("SIMPLE") != true)
        {
            throw new InvalidInputException(path, "FITS primary header does not declare SIMPLE = T (non-standard FITS)");
        }

        FitsHeader header = ReadInteger(path, primary, "NAXIS") == 0
            ? InheritPrimary(FindImageExtension(path, handle, primary.DataOffset, fileLength), primary)
            : primary;
        return Describe(path, header, fileLength);
    }

    /// <summary>
    /// Pipelines often keep the observation keywords (EXPTIME, INSTRUME, ...) in the empty primary header and
    /// the pixels in an extension: the extension's own cards come first and win, the primary's descriptive
    /// cards follow, and the primary's structural and scaling cards are left out so they cannot alter the pixels.
    /// </summary>
    private static FitsHeader InheritPrimary(FitsHeader extension, FitsHeader primary)
    {
        string[] structural = ["SIMPLE", "BITPIX", "NAXIS", "EXTEND", "BSCALE", "BZERO", "BLANK", "PCOUNT", "GCOUNT"];
        IEnumerable<KeyValuePair<string, string>> inherited = primary.Cards
            .Where(c => !structural.Contains(c.Key) && !c.Key.StartsWith("NAXIS", StringComparison.Ordinal));
        return new FitsHeader([.. extension.Cards, .. inherited], extension.DataOffset);
    }

    private static FitsHeader FindImageExtension(string path, SafeFileHandle handle, long offset, long fileLength)
    {
        for (int extension = 0; extension < MaxExtensions && offset < fileLength; extension++)
        {
            FitsHeader header = FitsHeaderReader.Read(path, handle, offset, fileLength);
            string? kind = header.GetString("XTENSION");
            if (kind == "IMAGE" && ReadInteger(path, header, "NAXIS") > 0)
            {
                return header;
            }

            if (kind == "BINTABLE" && header.GetLogical("ZIMAGE") == true)
            {
                throw new InvalidInputException(
                    path, $"FITS image is tile-compressed ({header.GetString("ZCMPTYPE") ?? "unknown"} compression), which CamTest does not read; decompress it first, e.g. with funpack");
            }

            // Tables and empty extensions are stepped over; their data must lie in the file before the next offset is
            // computed from it, so a forged size can neither overflow the arithmetic nor point before the file's start.
            long bytes = DataBytes(path, header);
            if (bytes > fileLength - header.DataOffset)
            {
                throw new InvalidInputException(
                    path, $"FITS extension {extension + 1} ({kind ?? "no XTENSION"}) declares {bytes} bytes of data but only {fileLength - header.DataOffset} bytes follow its header (truncated or damaged file)");
            }

            offset = header.DataOffset + Padded(bytes);
        }

        throw new InvalidInputException(path, "FITS file holds no image (the primary HDU has NAXIS = 0 and no IMAGE extension follows)");
    }

    private static FitsImageLayout Describe(string path, FitsHeader header, long fileLength)
    {
        int bitPix = (int)ReadInteger(path, header, "BITPIX");
        if (bitPix is not (8 or 16 or 32 or 64 or -32 or -64))
        {
            throw new InvalidInputException(path, $"FITS BITPIX = {bitPix} is not one of 8, 16, 32, 64, -32, -64");
        }

        long naxis = ReadInteger(path, header, "NAXIS");
        if (naxis < 2)
        {
            throw new InvalidInputException(path, $"FITS image has NAXIS = {naxis}; an image needs at least 2 axes");
        }

        long width = ReadInteger(path, header, "NAXIS1");
        long height = ReadInteger(path, header, "NAXIS2");
        long frames = naxis >= 3 ? ReadInteger(path, header, "NAXIS3") : 1;
        for (int axis = 4; axis <= naxis; axis++)
        {
            long size = ReadInteger(path, header, $"NAXIS{axis}");
            if (size != 1)
            {
                throw new InvalidInputException(path, $"FITS image has NAXIS{axis} = {size}; only 2-D images and 3-D cubes (frames along NAXIS3) are read");
            }
        }

        if (width <= 0 || height <= 0 || frames <= 0 || width > int.MaxValue || height > int.MaxValue || frames > int.MaxValue)
        {
            throw new InvalidInputException(path, $"FITS image size {width} x {height} x {frames} is empty or too large");
        }

        // Sizes are checked against the file before anything is allocated, in double so that a forged header
        // (up to 2^31 on each axis) cannot overflow the check itself.
        long available = fileLength - header.DataOffset;
        double declared = (double)width * height * frames * (Math.Abs(bitPix) / 8);
        if (declared > available)
        {
            throw new InvalidInputException(
                path, $"FITS header declares {width} x {height} x {frames} pixels of BITPIX {bitPix} ({declared:F0} bytes) but only {available} bytes follow the header (truncated file)");
        }

        double bScale = header.GetDouble("BSCALE") ?? 1.0;
        double bZero = header.GetDouble("BZERO") ?? 0.0;
        (PixelType type, FitsPixelMapping mapping) = FitsPixelTypes.Choose(bitPix, bScale, bZero);
        return new FitsImageLayout(header, bitPix, (int)width, (int)height, (int)frames, type, mapping, bScale, bZero);
    }

    /// <summary>Bytes of data an HDU declares (|BITPIX|/8 x GCOUNT x (PCOUNT + NAXIS1 x ... x NAXISn)).</summary>
    private static long DataBytes(string path, FitsHeader header)
    {
        long naxis = ReadInteger(path, header, "NAXIS");
        if (naxis == 0)
        {
            return 0;
        }

        long pCount = header.GetInteger("PCOUNT") ?? 0;
        long gCount = header.GetInteger("GCOUNT") ?? 1;
        if (naxis < 0 || pCount < 0 || gCount < 0)
        {
            throw new InvalidInputException(path, $"FITS extension header declares NAXIS = {naxis}, PCOUNT = {pCount}, GCOUNT = {gCount}; none may be negative (damaged header)");
        }

        try
        {
            long count = 1;
            for (int axis = 1; axis <= naxis; axis++)
            {
                long size = ReadInteger(path, header, $"NAXIS{axis}");
                if (size < 0)
                {
                    throw new InvalidInputException(path, $"FITS extension header declares NAXIS{axis} = {size}; an axis length cannot be negative (damaged header)");
                }

                count = checked(count * size);
            }

            return checked(Math.Abs(ReadInteger(path, header, "BITPIX")) / 8 * gCount * (pCount + count));
        }
        catch (OverflowException)
        {
            throw new InvalidInputException(path, "FITS header declares a data size too large to be real (damaged header)");
        }
    }

    private static long Padded(long bytes) =>
        (bytes + FitsHeaderReader.BlockSize - 1) / FitsHeaderReader.BlockSize * FitsHeaderReader.BlockSize;

    private static long ReadInteger(string path, FitsHeader header, string keyword) =>
        header.GetInteger(keyword)
        ?? throw new InvalidInputException(path, $"FITS header lacks the required integer keyword {keyword}");
}
