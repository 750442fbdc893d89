namespace CamTest.IO.Png;

/// <summary>The CRC-32 of PNG chunks (ISO 3309 polynomial, as in the PNG specification's annex D).</summary>
internal static class PngCrc
{
    private static readonly uint[] Table = BuildTable();

    public const uint Initial = 0xFFFF_FFFFu;

    /// <summary>Continues a running CRC over <paramref name="data"/>; start from <see cref="Initial"/>, finish with <see cref="Finish"/>.</summary>
    public static uint Update(uint crc, ReadOnlySpan<byte> data)
    {
        foreach (byte b in data)
        {
            crc = Table[(crc ^ b) & 0xFF] ^ (crc >> 8);
        }

        return crc;
    }

    public static uint Finish(uint crc) => crc ^ 0xFFFF_FFFFu;

    private static uint[] BuildTable()
    {
        uint[] table = new uint[256];
        for (uint n = 0; n < 256; n++)
        {
            uint c = n;
            for (int k = 0; k < 8; k++)
            {
                c = (c & 1) != 0 ? 0xEDB8_8320u ^ (c >> 1) : c >> 1;
            }

            table[n] = c;
        }

        return table;
    }
}
