using CamTest.IO.Writers;

namespace CamTest.Simulation.Tests.Writers;

/// <summary>
/// The small stacks committed under tests/fixtures/sim/ (written by <see cref="OmeTiffWriter"/>, then read by tifffile
/// into expected.json by make_expected.py). Pixel values follow a formula so any reader can check them.
/// </summary>
public static class WriterFixture
{
    public const int Width = 7;
    public const int Height = 5;
    public const int Frames = 3;

    /// <summary>Frame t, pixel (x, y): 1000 t + 100 y + x, plus 60000 on the last pixel to use the high byte.</summary>
    public static ushort[] Frame(int t)
    {
        var pixels = new ushort[Width * Height];
        for (int y = 0; y < Height; y++)
        {
            for (int x = 0; x < Width; x++)
            {
                pixels[(y * Width) + x] = (ushort)((1000 * t) + (100 * y) + x);
            }
        }

        pixels[^1] = (ushort)(60000 + t);
        return pixels;
    }

    public static OmeTiffSeries Series(bool bigTiff) => new()
    {
        Width = Width,
        Height = Height,
        Planes = Enumerable.Range(0, Frames).Select(t => new OmeTiffPlane(12.5, t * 40.25, 1_000_000_000L + (t * 40_250_000L))).ToList(),
        BitDepth = 12,
        ImageName = "fixture",
        CameraName = "CamTest-fixture",
        Binning = 2,
        PixelSizeUm = 6.5,
        ForceBigTiff = bigTiff,
    };

    public static void Write(string path, bool bigTiff)
    {
        using OmeTiffWriter writer = OmeTiffWriter.Create(path, Series(bigTiff));
        for (int t = 0; t < Frames; t++)
        {
            writer.WriteFrame(Frame(t));
        }

        writer.Complete();
    }
}
