using System.IO.Compression;

namespace CamTest.IO;

/// <summary>
/// zlib (RFC 1950) decompression for PNG image data and TIFF Deflate segments. The runtime reports a damaged stream
/// in two ways: <see cref="InvalidDataException"/> for bad deflate data, and an <see cref="IOException"/> (its
/// internal ZLibException) for a bad zlib header, e.g. one asking for a preset dictionary (FDICT). Every read goes
/// through here and reports both as <see cref="InvalidDataException"/>, so a reader has one kind of damage to catch.
/// </summary>
internal sealed class ZlibInflater : IDisposable
{
    private readonly ZLibStream _zlib;

    public ZlibInflater(Stream compressed) => _zlib = new ZLibStream(compressed, CompressionMode.Decompress);

    /// <summary>Inflates <paramref name="input"/> into <paramref name="output"/>; returns the bytes written (fewer when the stream ends early).</summary>
    public static unsafe int Inflate(ReadOnlySpan<byte> input, Span<byte> output)
    {
        fixed (byte* p = input)
        {
            using var source = new UnmanagedMemoryStream(p, input.Length);
            using var inflater = new ZlibInflater(source);
            return inflater.Fill(output);
        }
    }

    /// <summary>Fills <paramref name="buffer"/> as far as the stream goes; returns the bytes read.</summary>
    public int Fill(Span<byte> buffer)
    {
        try
        {
            return _zlib.ReadAtLeast(buffer, buffer.Length, throwOnEndOfStream: false);
        }
        catch (IOException ex)
        {
            throw Damaged(ex);
        }
    }

    /// <summary>Reads on to the end of the stream, which makes zlib verify its Adler-32 checksum.</summary>
    public void ReadToEnd()
    {
        Span<byte> rest = stackalloc byte[256];
        try
        {
            while (_zlib.Read(rest) > 0)
            {
            }
        }
        catch (IOException ex)
        {
            throw Damaged(ex);
        }
    }

    public void Dispose() => _zlib.Dispose();

    private static InvalidDataException Damaged(IOException ex) => new(ex.Message, ex);
}
