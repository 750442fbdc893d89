using System.Buffers.Binary;

namespace CamTest.IO.Png;

/// <summary>
/// The CRC-32 of PNG chunks (ISO 3309 polynomial, as in the PNG specification's annex D). Computed eight bytes at a
/// time ("slicing by 8": eight tables, each advancing the CRC by one more byte), several times faster than a byte at a
/// time and the same number; it matters because every IDAT byte of every frame is checked.
/// </summary>
internal static class PngCrc
{
    private static readonly uint[][] Tables = BuildTables();

    public const uint Initial = 0xFFFF_FFFFu;

    /// <summary>Continues a running CRC over <paramref name="data"/>; start from <see cref="Initial"/>, finish with <see cref="Finish"/>.</summary>
    public static uint Update(uint crc, ReadOnlySpan<byte> data)
    {
        uint[] t0 = Tables[0], t1 = Tables[1], t2 = Tables[2], t3 = Tables[3], t4 = Tables[4], t5 = Tables[5], t6 = Tables[6], t7 = Tables[7];
        while (data.Length >= 8)
        {
            uint low = BinaryPrimitives.ReadUInt32LittleEndian(data) ^ crc;
            uint high = BinaryPrimitives.ReadUInt32LittleEndian(data[4..]);
            crc = t7[low & 0xFF] ^ t6[(low >> 8) & 0xFF] ^ t5[(low >> 16) & 0xFF] ^ t4[low >> 24]
                ^ t3[high & 0xFF] ^ t2[(high >> 8) & 0xFF] ^ t1[(high >> 16) & 0xFF] ^ t0[high >> 24];
            data = data[8..];
        }

        foreach (byte b in data)
        {
            crc = t0[(crc ^ b) & 0xFF] ^ (crc >> 8);
        }

        return crc;
    }

    public static uint Finish(uint crc) => crc ^ 0xFFFF_FFFFu;

    private static uint[][] BuildTables()
    {
        var tables = new uint[8][];
        tables[0] = new uint[256];
        for (uint n = 0; n < 256; n++)
        {
            uint c = n;
            for (int k = 0; k < 8; k++)
            {
                c = (c & 1) != 0 ? 0xEDB8_8320u ^ (c >> 1) : c >> 1;
            }

            tables[0][n] = c;
        }

        // Table k advances a byte's CRC through k more zero bytes.
        for (int k = 1; k < 8; k++)
        {
            tables[k] = new uint[256];
            for (int n = 0; n < 256; n++)
            {
                uint previous = tables[k - 1][n];
                tables[k][n] = tables[0][previous & 0xFF] ^ (previous >> 8);
            }
        }

        return tables;
    }
}
