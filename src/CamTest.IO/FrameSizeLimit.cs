namespace CamTest.IO;

/// <summary>
/// The largest frame CamTest can hold: readers and analyses buffer a whole frame in one array (a reduction's
/// accumulator, a PNG's decoded image), and a .NET array holds at most <see cref="Array.MaxLength"/> bytes.
/// Checked once a frame's size is known, so a forged or oversized header is refused at open instead of
/// overflowing on the first whole-frame read.
/// </summary>
internal static class FrameSizeLimit
{
    public static void Check(string path, long width, long height, PixelType type)
    {
        int bytesPerPixel = type.BytesPerPixel();

        // Compared in pixels, so that the product cannot overflow even for 2^31 x 2^31 declared sizes.
        if (width * height > Array.MaxLength / bytesPerPixel)
        {
            double bytes = (double)width * height * bytesPerPixel;
            throw new InvalidInputException(
                path, $"frames of {width} x {height} {type} pixels take {bytes:F0} bytes each, more than the {Array.MaxLength} bytes one frame buffer can hold");
        }
    }
}
