using System.Buffers;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using CamTest.Core.Maps;
using CamTest.IO;
using CamTest.IO.Writers;

namespace CamTest.Cli.Commands;

/// <summary>
/// One map as a one-plane OME-TIFF (float32, or uint8 for a mask): plain strips that ImageJ, Fiji and tifffile open.
/// The map is converted a chunk at a time into one small pooled buffer and each chunk written as it is converted: a
/// frame-sized array of floats (16 MiB at 2048 x 2048) would be new memory, a page fault every 4 KiB, for every map.
/// </summary>
public static class MapTiff
{
    /// <summary>Pixels converted and written at a time: 1 MiB of float32, the output file's buffer size, so each chunk
    /// goes to the file in one write, and small enough to stay in the L2 cache between conversion and write.</summary>
    private const int ChunkPixels = 1 << 18;

    /// <summary>Writes <paramref name="map"/> to <paramref name="path"/> as the image <paramref name="name"/> (the OME name
    /// ImageJ shows: the map's, not the staged file's temporary name, so two runs write the same bytes).</summary>
    public static void WriteFloat32(string path, string name, int width, int height, ReadOnlySpan<double> map, string description)
    {
        using OmeTiffWriter writer = Create(path, name, width, height, PixelType.Float32, 32, description);
        WriteInChunks<double, float>(writer, map, ToSingle);
        writer.Complete();
    }

    /// <summary>A mask of one byte a pixel: 1 for a bad pixel (any reason), 0 for a good one.</summary>
    public static void WriteMask(string path, string name, int width, int height, ReadOnlySpan<BadPixelReason> reasons, string description)
    {
        using OmeTiffWriter writer = Create(path, name, width, height, PixelType.UInt8, 8, description);
        WriteInChunks<BadPixelReason, byte>(writer, reasons, ToMask);
        writer.Complete();
    }

    private delegate void Conversion<TIn, TOut>(ReadOnlySpan<TIn> from, Span<TOut> to);

    /// <summary><paramref name="values"/> converted <see cref="ChunkPixels"/> at a time into one pooled buffer, each chunk
    /// written to the image as soon as it is converted.</summary>
    private static void WriteInChunks<TIn, TOut>(OmeTiffWriter writer, ReadOnlySpan<TIn> values, Conversion<TIn, TOut> convert)
        where TOut : unmanaged
    {
        TOut[] chunk = ArrayPool<TOut>.Shared.Rent(Math.Min(ChunkPixels, values.Length));
        try
        {
            for (int start = 0; start < values.Length; start += ChunkPixels)
            {
                Span<TOut> converted = chunk.AsSpan(0, Math.Min(ChunkPixels, values.Length - start));
                convert(values.Slice(start, converted.Length), converted);
                writer.WriteFramePart(MemoryMarshal.AsBytes(converted));
            }
        }
        finally
        {
            ArrayPool<TOut>.Shared.Return(chunk);
        }
    }

    /// <summary>Each value rounded to the nearest float (the C# cast); compiled optimised at once, as it runs once per pixel.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static void ToSingle(ReadOnlySpan<double> map, Span<float> values)
    {
        for (int i = 0; i < values.Length; i++)
        {
            values[i] = (float)map[i];
        }
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static void ToMask(ReadOnlySpan<BadPixelReason> reasons, Span<byte> mask)
    {
        for (int i = 0; i < mask.Length; i++)
        {
            mask[i] = reasons[i] == BadPixelReason.None ? (byte)0 : (byte)1;
        }
    }

    private static OmeTiffWriter Create(string path, string name, int width, int height, PixelType type, int bits, string description)
    {
        var series = new OmeTiffSeries
        {
            Width = width, Height = height, Planes = [new OmeTiffPlane(null, 0)], PixelType = type, BitDepth = bits,
            ImageName = name, Description = description,
        };
        return OmeTiffWriter.Create(path, series);
    }
}
