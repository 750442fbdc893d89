using System.Buffers.Binary;
using Microsoft.Win32.SafeHandles;

namespace CamTest.IO.Png;

/// <summary>Reads a chunk's data and checks it against the chunk's CRC (computed over type and data).</summary>
internal static class PngChunkData
{
    public static byte[] ReadVerified(string path, SafeFileHandle handle, PngChunk chunk)
    {
        // The length was checked against the file size before this call, so the allocation is bounded by the file.
        byte[] buffer = new byte[4 + chunk.Length + 4];
        ReadVerifiedInto(path, handle, chunk, buffer);
        return buffer[4..(4 + chunk.Length)];
    }

    /// <summary>
    /// The same into <paramref name="buffer"/> (at least 8 bytes longer than the chunk), where the data then sits at
    /// offset 4: image data is read this way, one reused buffer for all its chunks.
    /// </summary>
    public static void ReadVerifiedInto(string path, SafeFileHandle handle, PngChunk chunk, byte[] buffer)
    {
        Span<byte> span = buffer.AsSpan(0, 4 + chunk.Length + 4);
        if (RandomAccess.Read(handle, span, chunk.DataOffset - 4) != span.Length)
        {
            throw new InvalidInputException(path, $"PNG file ended inside chunk {chunk.Type} (file changed or truncated)");
        }

        uint stored = BinaryPrimitives.ReadUInt32BigEndian(span[(4 + chunk.Length)..]);
        uint computed = PngCrc.Finish(PngCrc.Update(PngCrc.Initial, span[..(4 + chunk.Length)]));
        if (stored != computed)
        {
            throw new InvalidInputException(
                path, $"PNG chunk {chunk.Type} at byte {chunk.DataOffset - 8} fails its CRC check (stored 0x{stored:X8}, computed 0x{computed:X8}): the file is damaged");
        }
    }
}
