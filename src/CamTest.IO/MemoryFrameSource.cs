using System.Runtime.InteropServices;

namespace CamTest.IO;

/// <summary>
/// Frames already in memory (host byte order), for stacks made in the program (simulations, tests that reduce
/// hundreds of synthetic stacks) instead of writing each to a file and reading it back.
/// </summary>
public sealed class MemoryFrameSource : IFrameSource
{
    private readonly byte[] _pixels;

    private MemoryFrameSource(byte[] pixels, StackInfo info)
    {
        _pixels = pixels;
        Info = info;
    }

    public StackInfo Info { get; }

    /// <summary>A stack of <paramref name="width"/> x <paramref name="height"/> frames holding <paramref name="pixels"/> (copied), frame after frame.</summary>
    public static MemoryFrameSource Of<T>(ReadOnlySpan<T> pixels, int width, int height, PixelType type, string name = "memory")
        where T : unmanaged
    {
        ReadOnlySpan<byte> bytes = MemoryMarshal.AsBytes(pixels);
        long frameBytes = (long)width * height * type.BytesPerPixel();
        if (width < 1 || height < 1 || Marshal.SizeOf<T>() != type.BytesPerPixel() || bytes.Length % frameBytes != 0)
        {
            throw new ArgumentException($"{bytes.Length} bytes of {typeof(T).Name} are not whole {width}x{height} {type} frames", nameof(pixels));
        }

        var info = new StackInfo
        {
            Path = name, Format = "memory", Width = width, Height = height, FrameCount = (int)(bytes.Length / frameBytes),
            PixelType = type, BitDepth = type.BytesPerPixel() * 8,
        };
        return new MemoryFrameSource(bytes.ToArray(), info);
    }

    public void ReadRows(int frame, int firstRow, int rowCount, Span<byte> destination)
    {
        FrameBounds.Check(Info, frame, firstRow, rowCount, destination.Length);
        long rowBytes = (long)Info.Width * Info.BytesPerPixel;
        _pixels.AsSpan((int)((frame * Info.BytesPerFrame) + (firstRow * rowBytes)), destination.Length).CopyTo(destination);
    }

    public void Dispose()
    {
    }
}
