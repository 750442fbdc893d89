using System.Buffers.Binary;
using Microsoft.Win32.SafeHandles;

namespace CamTest.IO.Tiff;

/// <summary>
/// Positional, byte-order-aware access to an open TIFF file. Every read is bounds-checked against the file length
/// so that offsets from a malformed header surface as <see cref="InvalidInputException"/>, never as an I/O exception.
/// </summary>
internal sealed class TiffFile : IDisposable
{
    public TiffFile(string path, SafeFileHandle handle, long length, bool bigEndian, bool bigTiff)
    {
        Path = path;
        Handle = handle;
        Length = length;
        BigEndian = bigEndian;
        BigTiff = bigTiff;
    }

    public string Path { get; }

    public SafeFileHandle Handle { get; }

    public long Length { get; }

    public bool BigEndian { get; }

    public bool BigTiff { get; }

    /// <summary>Size of an offset field: 4 bytes in classic TIFF, 8 in BigTIFF.</summary>
    public int OffsetSize => BigTiff ? 8 : 4;

    /// <summary>True when the file's byte order differs from this machine's.</summary>
    public bool NeedsSwap => BigEndian == BitConverter.IsLittleEndian;

    /// <summary>Pixel data of <paramref name="frame"/>; the message is only formatted on failure, keeping reads allocation-free.</summary>
    public void ReadPixels(long offset, Span<byte> destination, int frame)
    {
        if (offset < 0 || offset > Length || destination.Length > Length - offset ||
            RandomAccess.Read(Handle, destination, offset) != destination.Length)
        {
            ReadExactly(offset, destination, $"frame {frame}");
        }
    }

    /// <summary>Fills <paramref name="destination"/> from <paramref name="offset"/>, or throws naming <paramref name="what"/>.</summary>
    public void ReadExactly(long offset, Span<byte> destination, string what)
    {
        if (offset < 0 || offset > Length || destination.Length > Length - offset)
        {
            throw Fail($"{what} at byte {offset} (+{destination.Length} bytes) lies beyond the end of the {Length}-byte file (truncated or corrupt)");
        }

        int total = 0;
        while (total < destination.Length)
        {
            int read = RandomAccess.Read(Handle, destination[total..], offset + total);
            if (read <= 0)
            {
                throw Fail($"ended while reading {what} at byte {offset} (file changed or truncated since it was opened)");
            }

            total += read;
        }
    }

    public ushort UInt16(ReadOnlySpan<byte> b) => BigEndian ? BinaryPrimitives.ReadUInt16BigEndian(b) : BinaryPrimitives.ReadUInt16LittleEndian(b);

    public uint UInt32(ReadOnlySpan<byte> b) => BigEndian ? BinaryPrimitives.ReadUInt32BigEndian(b) : BinaryPrimitives.ReadUInt32LittleEndian(b);

    public ulong UInt64(ReadOnlySpan<byte> b) => BigEndian ? BinaryPrimitives.ReadUInt64BigEndian(b) : BinaryPrimitives.ReadUInt64LittleEndian(b);

    /// <summary>An offset field (4 or 8 bytes by the file's flavour), capped so it cannot overflow a long.</summary>
    public long Offset(ReadOnlySpan<byte> b)
    {
        ulong value = BigTiff ? UInt64(b) : UInt32(b);
        return value > long.MaxValue ? long.MaxValue : (long)value;
    }

    public InvalidInputException Fail(string problem) => new(Path, problem);

    public void Dispose() => Handle.Dispose();
}
