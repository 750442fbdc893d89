using Microsoft.Win32.SafeHandles;

namespace CamTest.IO.Png;

/// <summary>
/// The concatenated data of the IDAT chunks as one read-only stream. Each chunk is loaded and its CRC checked
/// before any of its bytes reach the decompressor, so a damaged chunk is reported as damaged, not as bad zlib.
/// At most one chunk (bounded by the file size) is held at a time.
/// </summary>
internal sealed class PngIdatStream : Stream
{
    private readonly string _path;
    private readonly SafeFileHandle _handle;
    private readonly IReadOnlyList<PngChunk> _chunks;
    private int _nextChunk;
    private byte[] _data = [];
    private int _position;

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
        while (_position == _data.Length)
        {
            if (_nextChunk == _chunks.Count || buffer.Length == 0)
            {
                return 0;
            }

            _data = PngChunkData.ReadVerified(_path, _handle, _chunks[_nextChunk++]);
            _position = 0;
        }

        int count = Math.Min(buffer.Length, _data.Length - _position);
        _data.AsSpan(_position, count).CopyTo(buffer);
        _position += count;
        return count;
    }

    public override void Flush()
    {
    }

    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

    public override void SetLength(long value) => throw new NotSupportedException();

    public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
}
