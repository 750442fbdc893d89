using Microsoft.Win32.SafeHandles;

namespace CamTest.IO.Png;

/// <summary>
/// The concatenated data of the IDAT chunks as one read-only stream. Each chunk is loaded and its CRC checked
/// before any of its bytes reach the decompressor, so a damaged chunk is reported as damaged, not as bad zlib.
/// At most one chunk (bounded by the file size) is held at a time, in one reused buffer.
/// </summary>
internal sealed class PngIdatStream : Stream
{
    private readonly string _path;
    private readonly SafeFileHandle _handle;
    private readonly IReadOnlyList<PngChunk> _chunks;
    private int _nextChunk;
    private byte[] _buffer = [];
    private int _start;
    private int _end;

    public PngIdatStream(string path, SafeFileHandle handle, IReadOnlyList<PngChunk> chunks)
    {
        _path = path;
        _handle = handle;
        _chunks = chunks;
    }

    public override bool CanRead => true;

    public override bool CanSeek => false;

    public override bool CanWrite => false;

    public override long Length => throw new NotSupportedException();

    public override long Position
    {
        get => throw new NotSupportedException();
        set => throw new NotSupportedException();
    }

    public override int Read(byte[] buffer, int offset, int count) => Read(buffer.AsSpan(offset, count));

    public override int Read(Span<byte> buffer)
    {
        while (_start == _end)
        {
            if (_nextChunk == _chunks.Count || buffer.Length == 0)
            {
                return 0;
            }

            // One buffer for every chunk (they are usually of one size): the data sits between length and CRC.
            PngChunk chunk = _chunks[_nextChunk++];
            if (_buffer.Length < chunk.Length + 8)
            {
                _buffer = new byte[chunk.Length + 8];
            }

            PngChunkData.ReadVerifiedInto(_path, _handle, chunk, _buffer);
            (_start, _end) = (4, 4 + chunk.Length);
        }

        int count = Math.Min(buffer.Length, _end - _start);
        _buffer.AsSpan(_start, count).CopyTo(buffer);
        _start += count;
        return count;
    }

    public override void Flush()
    {
    }

    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

    public override void SetLength(long value) => throw new NotSupportedException();

    public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
}
