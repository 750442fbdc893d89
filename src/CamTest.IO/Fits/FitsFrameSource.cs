using System.Buffers;
using System.Runtime.InteropServices;
using Microsoft.Win32.SafeHandles;

namespace CamTest.IO.Fits;

/// <summary>
/// A FITS image (1 frame) or cube (NAXIS3 frames) read on demand. Rows are served in file order, as astropy
/// and numpy index them (FITS puts its first row at the bottom of a display; CamTest does not flip it).
/// </summary>
public sealed class FitsFrameSource : IFrameSource
{
    private readonly SafeFileHandle _handle;
    private readonly FitsImageLayout _layout;

    private FitsFrameSource(SafeFileHandle handle, FitsImageLayout layout, StackInfo info)
    {
        _handle = handle;
        _layout = layout;
        Info = info;
    }

    public StackInfo Info { get; }

    public static FitsFrameSource Open(string path)
    {
        SafeFileHandle handle = InputFile.OpenRead(path);
        try
        {
            long length = RandomAccess.GetLength(handle);
            FitsImageLayout layout = FitsLayoutReader.Read(path, handle, length);
            double? exposureMs = FitsMetadata.ExposureMs(layout.Header);
            var info = new StackInfo
            {
                Path = path,
                Format = "FITS",
                Width = layout.Width,
                Height = layout.Height,
                FrameCount = layout.Frames,
                PixelType = layout.PixelType,
                BitDepth = FitsMetadata.BitDepth(layout),
                ExposureMs = exposureMs,
                Frames = exposureMs is null ? [] : Enumerable.Repeat(new FrameMetadata(exposureMs, null, null), layout.Frames).ToArray(),
                Properties = FitsMetadata.Properties(layout),
            };
            return new FitsFrameSource(handle, layout, info);
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
        int storedSize = _layout.StoredBytesPerPixel;
        long offset = _layout.Header.DataOffset + (frame * _layout.StoredBytesPerFrame) + ((long)firstRow * Info.Width * storedSize);
        int storedBytes = rowCount * Info.Width * storedSize;
        if (_layout.Mapping == FitsPixelMapping.Scaled)
        {
            byte[] stored = ArrayPool<byte>.Shared.Rent(storedBytes);
            try
            {
                ReadExactly(stored.AsSpan(0, storedBytes), offset, frame);
                FitsScaling.Apply(stored.AsSpan(0, storedBytes), _layout.BitPix, _layout.BScale, _layout.BZero, MemoryMarshal.Cast<byte, double>(destination));
            }
            finally
            {
                ArrayPool<byte>.Shared.Return(stored);
            }

            return;
        }

        ReadExactly(destination, offset, frame);
        if (BitConverter.IsLittleEndian)
        {
            ByteOrder.Swap(destination, storedSize);
        }

        if (_layout.Mapping == FitsPixelMapping.FlipSignBit)
        {
            FlipSignBits(destination, storedSize);
        }
    }

    public void Dispose() => _handle.Dispose();

    private static void FlipSignBits(Span<byte> values, int size)
    {
        if (size == 2)
        {
            foreach (ref ushort v in MemoryMarshal.Cast<byte, ushort>(values))
            {
                v ^= 0x8000;
            }
        }
        else
        {
            foreach (ref uint v in MemoryMarshal.Cast<byte, uint>(values))
            {
                v ^= 0x8000_0000u;
            }
        }
    }

    private void ReadExactly(Span<byte> buffer, long offset, int frame)
    {
        if (RandomAccess.Read(_handle, buffer, offset) != buffer.Length)
        {
            throw new InvalidInputException(Info.Path, $"ended while reading frame {frame} (file changed or truncated since it was opened)");
        }
    }
}
