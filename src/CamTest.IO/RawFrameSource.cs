using Microsoft.Win32.SafeHandles;

namespace CamTest.IO;

/// <summary>
/// Headerless binary frames in a layout the user states. The file length must hold a whole number of frames
/// after the header; a trailing partial frame is reported, not silently dropped.
/// </summary>
public sealed class RawFrameSource : IFrameSource
{
    private readonly SafeFileHandle _handle;
    private readonly RawLayout _layout;

    private RawFrameSource(SafeFileHandle handle, RawLayout layout, StackInfo info)
    {
        _handle = handle;
        _layout = layout;
        Info = info;
    }

    public StackInfo Info { get; }

    public static RawFrameSource Open(string path, RawLayout layout)
    {
        // Before any arithmetic on the stated size: a 2^31 x 2^31 float64 frame overflows a long.
        FrameSizeLimit.Check(path, layout.Width, layout.Height, layout.PixelType);
        long length = InputFile.Length(path);
        long frameBytes = (long)layout.Width * layout.Height * layout.PixelType.BytesPerPixel();
        long payload = length - layout.HeaderBytes;
        if (payload < frameBytes)
        {
            throw new InvalidInputException(
                path, $"holds {length} bytes, less than the {layout.HeaderBytes}-byte header plus one {layout.Width}x{layout.Height} {layout.PixelType} frame ({frameBytes} bytes)");
        }

        if (payload % frameBytes != 0)
        {
            throw new InvalidInputException(
                path, $"{payload} bytes after the header is not a whole number of {frameBytes}-byte frames (truncated, or the layout is wrong)");
        }

        long frames = payload / frameBytes;
        if (frames > int.MaxValue)
        {
            throw new InvalidInputException(path, $"holds {frames} frames, more than CamTest can index");
        }

        var info = new StackInfo
        {
            Path = path,
            Format = "raw",
            Width = layout.Width,
            Height = layout.Height,
            FrameCount = (int)frames,
            PixelType = layout.PixelType,
            BitDepth = layout.PixelType.BytesPerPixel() * 8,
        };
        SafeFileHandle handle = InputFile.OpenRead(path);
        return new RawFrameSource(handle, layout, info);
    }

    public void ReadRows(int frame, int firstRow, int rowCount, Span<byte> destination)
    {
        FrameBounds.Check(Info, frame, firstRow, rowCount, destination.Length);
        long rowBytes = (long)Info.Width * Info.BytesPerPixel;
        long offset = _layout.HeaderBytes + (frame * Info.BytesPerFrame) + (firstRow * rowBytes);
        int read = RandomAccess.Read(_handle, destination, offset);
        if (read != destination.Length)
        {
            throw new InvalidInputException(Info.Path, $"ended while reading frame {frame} (file changed or truncated since it was opened)");
        }

        if (_layout.BigEndian != !BitConverter.IsLittleEndian)
        {
            ByteOrder.Swap(destination, Info.BytesPerPixel);
        }
    }

    public void Dispose() => _handle.Dispose();
}
