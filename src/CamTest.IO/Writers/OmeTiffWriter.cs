using System.Buffers.Binary;
using System.Runtime.InteropServices;

namespace CamTest.IO.Writers;

/// <summary>
/// Streams a stack (uint16, or any <see cref="PixelType"/>) to an OME-TIFF file: little-endian, uncompressed, one strip per frame, OME-XML in the first
/// IFD's ImageDescription and Micro-Manager style JSON in every IFD (tag 51123). Each frame's pixels are written
/// first and its IFD straight after them; because every frame has the same size, the offset of the next IFD is known
/// when an IFD is written, so the file is written front to back without seeking and no frame is kept in memory.
/// BigTIFF is chosen automatically when the file could exceed 4 GiB.
/// </summary>
public sealed class OmeTiffWriter : IDisposable
{
    private const ushort TagImageWidth = 256;
    private const ushort TagImageLength = 257;
    private const ushort TagBitsPerSample = 258;
    private const ushort TagCompression = 259;
    private const ushort TagPhotometric = 262;
    private const ushort TagImageDescription = 270;
    private const ushort TagStripOffsets = 273;
    private const ushort TagSamplesPerPixel = 277;
    private const ushort TagRowsPerStrip = 278;
    private const ushort TagStripByteCounts = 279;
    private const ushort TagPlanarConfiguration = 284;
    private const ushort TagSoftware = 305;
    private const ushort TagSampleFormat = 339;
    private const ushort TagMicroManagerMetadata = 51123;

    /// <summary>Generous bound on one IFD with its Micro-Manager JSON, for the BigTIFF decision.</summary>
    private const long IfdBound = 4096;

    private readonly OmeTiffSeries _stack;
    private readonly FileStream _file;
    private readonly string _path;
    private readonly string _omeXml;
    private byte[]? _swapBuffer;
    private int _framesWritten;
    private long _partWritten;
    private bool _completed;

    private OmeTiffWriter(string path, OmeTiffSeries stack, bool bigTiff)
    {
        _path = path;
        _stack = stack;
        IsBigTiff = bigTiff;
        _omeXml = OmeXml.Build(stack);
        _file = new FileStream(path, FileMode.CreateNew, FileAccess.Write, FileShare.None, 1 << 20);
        WriteHeader();
    }

    public bool IsBigTiff { get; }

    /// <summary>Creates the file (it must not exist: the writer never overwrites) and writes the TIFF header.</summary>
    public static OmeTiffWriter Create(string path, OmeTiffSeries stack)
    {
        if (stack.Width < 1 || stack.Height < 1 || stack.FrameCount < 1)
        {
            throw new ArgumentException($"a stack needs at least one {stack.Width} x {stack.Height} frame", nameof(stack));
        }

        long estimate = 16 + (stack.FrameCount * (stack.BytesPerFrame + IfdBound)) + (stack.FrameCount * 200L) + 4096;
        return new OmeTiffWriter(path, stack, stack.ForceBigTiff || estimate > uint.MaxValue);
    }

    /// <summary>Appends the next uint16 frame (Width x Height values, row by row).</summary>
    public void WriteFrame(ReadOnlySpan<ushort> pixels)
    {
        if (_stack.PixelType != PixelType.UInt16)
        {
            throw new InvalidOperationException($"the stack holds {_stack.PixelType} pixels, not uint16");
        }

        WriteFrame(MemoryMarshal.AsBytes(pixels));
    }

    /// <summary>Appends the next frame as bytes of the stack's pixel type in host byte order, row by row.</summary>
    public void WriteFrame(ReadOnlySpan<byte> pixels)
    {
        if (_partWritten != 0)
        {
            throw new InvalidOperationException($"{_partWritten} bytes of a frame are written in parts; write the rest with {nameof(WriteFramePart)}");
        }

        if (pixels.Length != _stack.BytesPerFrame)
        {
            throw new ArgumentException($"frame holds {pixels.Length} bytes, {_stack.BytesPerFrame} expected", nameof(pixels));
        }

        WriteFramePart(pixels);
    }

    /// <summary>
    /// Appends the next bytes of the current frame (whole pixels, host byte order); the frame's IFD follows its last
    /// byte. A caller that converts a frame (e.g. doubles to float32) can then do it a piece at a time in one small
    /// reused buffer instead of a frame-sized array, which costs a page fault every 4 KiB when it is new.
    /// </summary>
    public void WriteFramePart(ReadOnlySpan<byte> pixels)
    {
        if (_framesWritten >= _stack.FrameCount)
        {
            throw new InvalidOperationException($"all {_stack.FrameCount} frames have been written");
        }

        if (_partWritten + pixels.Length > _stack.BytesPerFrame || pixels.Length % _stack.PixelType.BytesPerPixel() != 0)
        {
            throw new ArgumentException($"{pixels.Length} more bytes do not fit a frame of {_stack.BytesPerFrame} bytes of which {_partWritten} are written", nameof(pixels));
        }

        WritePixels(pixels);
        _partWritten += pixels.Length;
        if (_partWritten < _stack.BytesPerFrame)
        {
            return;
        }

        _partWritten = 0;
        long ifdOffset = _file.Position;
        long dataOffset = ifdOffset - _stack.BytesPerFrame;
        bool last = _framesWritten == _stack.FrameCount - 1;
        TiffIfdBuilder ifd = BuildIfd(_framesWritten, dataOffset);
        long blockLength = ifd.Build(ifdOffset, 0).Length;
        long next = last ? 0 : ifdOffset + blockLength + _stack.BytesPerFrame;
        _file.Write(ifd.Build(ifdOffset, next));
        _framesWritten++;
    }

    /// <summary>Flushes the file after the last frame; a writer disposed before this deletes its partial file.</summary>
    public void Complete()
    {
        if (_framesWritten != _stack.FrameCount)
        {
            throw new InvalidOperationException($"{_framesWritten} of {_stack.FrameCount} frames written");
        }

        _file.Flush();
        _completed = true;
    }

    public void Dispose()
    {
        _file.Dispose();
        if (!_completed)
        {
            // A stack cut short is not a valid file; leaving it would mislead whoever finds it.
            File.Delete(_path);
        }
    }

    private void WriteHeader()
    {
        Span<byte> header = stackalloc byte[16];
        header[0] = (byte)'I';
        header[1] = (byte)'I';
        int length;
        if (IsBigTiff)
        {
            BinaryPrimitives.WriteUInt16LittleEndian(header[2..], 43);
            BinaryPrimitives.WriteUInt16LittleEndian(header[4..], 8);
            BinaryPrimitives.WriteUInt16LittleEndian(header[6..], 0);
            BinaryPrimitives.WriteUInt64LittleEndian(header[8..], (ulong)(16 + _stack.BytesPerFrame));
            length = 16;
        }
        else
        {
            BinaryPrimitives.WriteUInt16LittleEndian(header[2..], 42);
            BinaryPrimitives.WriteUInt32LittleEndian(header[4..], checked((uint)(8 + _stack.BytesPerFrame)));
            length = 8;
        }

        _file.Write(header[..length]);
    }

    private TiffIfdBuilder BuildIfd(int frame, long dataOffset)
    {
        var ifd = new TiffIfdBuilder(IsBigTiff);
        ifd.AddLong(TagImageWidth, (uint)_stack.Width);
        ifd.AddLong(TagImageLength, (uint)_stack.Height);
        ifd.AddShort(TagBitsPerSample, (ushort)(8 * _stack.PixelType.BytesPerPixel()));
        ifd.AddShort(TagCompression, 1);
        ifd.AddShort(TagPhotometric, 1);
        if (frame == 0)
        {
            ifd.AddAscii(TagImageDescription, _omeXml);
        }

        ifd.AddOffset(TagStripOffsets, dataOffset);
        ifd.AddShort(TagSamplesPerPixel, 1);
        ifd.AddLong(TagRowsPerStrip, (uint)_stack.Height);
        ifd.AddOffset(TagStripByteCounts, _stack.BytesPerFrame);
        ifd.AddShort(TagPlanarConfiguration, 1);
        ifd.AddAscii(TagSoftware, "CamTest");
        ifd.AddShort(TagSampleFormat, SampleFormat(_stack.PixelType));
        ifd.AddAscii(TagMicroManagerMetadata, MicroManagerFrameJson.Build(_stack, frame));
        return ifd;
    }

    /// <summary>TIFF SampleFormat: 1 unsigned integer, 2 signed integer, 3 floating point.</summary>
    private static ushort SampleFormat(PixelType type) => type switch
    {
        PixelType.Int16 or PixelType.Int32 => 2,
        PixelType.Float32 or PixelType.Float64 => 3,
        _ => 1,
    };

    private void WritePixels(ReadOnlySpan<byte> bytes)
    {
        if (BitConverter.IsLittleEndian)
        {
            _file.Write(bytes);
            return;
        }

        if (_swapBuffer is null || _swapBuffer.Length < bytes.Length)
        {
            _swapBuffer = new byte[bytes.Length];
        }

        Span<byte> swapped = _swapBuffer.AsSpan(0, bytes.Length);
        bytes.CopyTo(swapped);
        ByteOrder.Swap(swapped, _stack.PixelType.BytesPerPixel());
        _file.Write(swapped);
    }
}
