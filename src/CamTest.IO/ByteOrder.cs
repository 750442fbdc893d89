using System.Buffers.Binary;
using System.Runtime.InteropServices;

namespace CamTest.IO;

/// <summary>In-place byte swapping of pixel buffers read from big-endian files.</summary>
public static class ByteOrder
{
    /// <summary>Reverses the byte order of every <paramref name="bytesPerValue"/>-byte value in <paramref name="data"/>.</summary>
    public static void Swap(Span<byte> data, int bytesPerValue)
    {
        switch (bytesPerValue)
        {
            case 1:
                break;
            case 2:
                Span<ushort> u16 = MemoryMarshal.Cast<byte, ushort>(data);
                BinaryPrimitives.ReverseEndianness(u16, u16);
                break;
            case 4:
                Span<uint> u32 = MemoryMarshal.Cast<byte, uint>(data);
                BinaryPrimitives.ReverseEndianness(u32, u32);
                break;
            case 8:
                Span<ulong> u64 = MemoryMarshal.Cast<byte, ulong>(data);
                BinaryPrimitives.ReverseEndianness(u64, u64);
                break;
            default:
                throw new ArgumentOutOfRangeException(nameof(bytesPerValue), bytesPerValue, "value size must be 1, 2, 4 or 8 bytes");
        }
    }
}
