using System.Buffers;
using Microsoft.Win32.SafeHandles;

namespace CamTest.IO.Png;

/// <summary>
/// A greyscale PNG as a one-frame source. The chunk structure is validated at open; the pixels are decoded
/// once, on the first read (PNG rows can only be reached by inflating everything before them), and kept.
/// </summary>
public sealed class PngFrameSource : IFrameSource
{
    private readonly SafeFileHandle _handle;
    private readonly Lazy<byte[]> _pixels;

    private PngFrameSource(SafeFileHandle handle, PngStructure structure, StackInfo info)
    {
        _handle = handle;
        Info = info;

        // ExecutionAndPublication: concurrent first reads decode once; a decoding error is cached and rethrown to every reader.
        _pixels = new Lazy<byte[]>(() => PngDecoder.Decode(info.Path, _handle, structure), LazyThreadSafetyMode.ExecutionAndPublication);
    }

    public StackInfo Info { get; }

    public static PngFrameSource Open(string path)
    {
        SafeFileHandle handle = InputFile.OpenRead(path);
        try
        {
            PngStructure structure = PngStructureReader.Read(path, handle, RandomAccess.GetLength(handle));
            PngHeader header = structure.Header;
            var info = new StackInfo
            {
                Path = path,
                Format = "PNG",
                Width = header.Width,
                Height = header.Height,
                FrameCount = 1,
                PixelType = header.PixelType,
                BitDepth = header.SignificantBits,
            };
            return new PngFrameSource(handle, structure, info);
        }
        catch
        {
            handle.Dispose();
            throw;
        }
    }

    public void ReadRows(int frame, int firstRow, int rowCount, Span<byte> destination)
    {
        FrameBounds.Check(Info, frame, firstRow, rowCount, destination.Length);
        int rowBytes = Info.Width * Info.BytesPerPixel;
        _pixels.Value.AsSpan(firstRow * rowBytes, destination.Length).CopyTo(destination);
    }

    public void Dispose()
    {
        _handle.Dispose();
        if (_pixels.IsValueCreated)
        {
            ArrayPool<byte>.Shared.Return(_pixels.Value);
        }
    }
}
