using System.Runtime.InteropServices;
using CamTest.IO;
using CamTest.IO.Writers;

namespace CamTest.Cli.Commands;

/// <summary>One map as a one-plane OME-TIFF (float32, or uint8 for a mask): plain strips that ImageJ, Fiji and tifffile open.</summary>
public static class MapTiff
{
    public static void WriteFloat32(string path, int width, int height, double[] map, string description)
    {
        var values = new float[map.Length];
        for (int i = 0; i < values.Length; i++)
        {
            values[i] = (float)map[i];
        }

        Write(path, width, height, PixelType.Float32, 32, MemoryMarshal.AsBytes(values.AsSpan()), description);
    }

    /// <summary>A mask of one byte a pixel (1 = bad, 0 = good).</summary>
    public static void WriteMask(string path, int width, int height, ReadOnlySpan<byte> mask, string description) =>
        Write(path, width, height, PixelType.UInt8, 8, mask, description);

    private static void Write(string path, int width, int height, PixelType type, int bits, ReadOnlySpan<byte> pixels, string description)
    {
        var series = new OmeTiffSeries
        {
            Width = width, Height = height, Planes = [new OmeTiffPlane(null, 0)], PixelType = type, BitDepth = bits,
            ImageName = Path.GetFileNameWithoutExtension(path), Description = description,
        };
        using OmeTiffWriter writer = OmeTiffWriter.Create(path, series);
        writer.WriteFrame(pixels);
        writer.Complete();
    }
}
