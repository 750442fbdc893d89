using System.Runtime.InteropServices;

namespace CamTest.IO;

/// <summary>Convenience reads over <see cref="IFrameSource.ReadRows"/>.</summary>
public static class FrameSourceExtensions
{
    /// <summary>Reads a whole frame as raw pixel bytes.</summary>
    public static void ReadFrame(this IFrameSource source, int frame, Span<byte> destination) =>
        source.ReadRows(frame, 0, source.Info.Height, destination);

    /// <summary>Reads a whole frame into a typed buffer; <typeparamref name="T"/> must match the source's pixel type.</summary>
    public static void ReadFrame<T>(this IFrameSource source, int frame, Span<T> destination)
        where T : unmanaged
    {
        if (typeof(T) != source.Info.PixelType.ClrType())
        {
            throw new ArgumentException(
                $"buffer of {typeof(T).Name} cannot hold {source.Info.PixelType} pixels", nameof(destination));
        }

        source.ReadRows(frame, 0, source.Info.Height, MemoryMarshal.AsBytes(destination));
    }

    /// <summary>Reads a whole frame and widens it to double, whatever the stored type (for small frames and tests).</summary>
    public static double[] ReadFrameAsDouble(this IFrameSource source, int frame)
    {
        StackInfo info = source.Info;
        byte[] raw = new byte[info.BytesPerFrame];
        source.ReadFrame(frame, raw);
        return PixelConversion.ToDouble(raw, info.PixelType);
    }
}
