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
        if (RandomAccess.Read(handle, buffer, chunk.DataOffset - 4) != buffer.Length)
        {
            throw new InvalidInputException(path, $"PNG file ended inside chunk {chunk.Type} (file changed or truncated)");
        }

        uint stored = BinaryPrimitives.ReadUInt32BigEndian(buffer.AsSpan(4 + chunk.Length));
        uint computed = PngCrc.Finish(PngCrc.Update(PngCrc.Initial, buffer.AsSpan(0, 4 + chunk.Length)));
        if (stored != computed)
        {
            throw new InvalidInputException(
                path, $"PNG chunk {chunk.Type} at byte {chunk.DataOffset - 8} fails its CRC check (stored 0x{stored:X8}, computed 0x{computed:X8}): the file is damaged");
        }

        return buffer[4..(4 + chunk.Length)];
    }
}
