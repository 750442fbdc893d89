namespace CamTest.IO.Tiff;

/// <summary>
/// TIFF LZW (Compression=5): 9- to 12-bit codes, most significant bit first, with the code width growing one code
/// early. Also accepts what libtiff and tifffile accept: the pre-TIFF-6 "old-style" variant (least significant bit
/// first, width growing on time), a missing leading Clear code, a missing end-of-information code, and writers that
/// keep emitting 12-bit codes after the table is full instead of clearing it.
/// </summary>
internal static class LzwDecoder
{
    private const int Clear = 256;
    private const int EndOfInformation = 257;
    private const int TableSize = 4096;

    /// <summary>Decodes <paramref name="input"/> into <paramref name="output"/>; returns the number of bytes written.</summary>
    /// <exception cref="InvalidDataException">The stream refers to a code not yet defined.</exception>
    public static int Decode(ReadOnlySpan<byte> input, Span<byte> output)
    {
        // libtiff's test for the old-style bit order: a new-style stream starts with Clear (256) MSB-first = 0x80 0x..
        bool oldStyle = input.Length >= 2 && input[0] == 0 && (input[1] & 1) != 0;
        int early = oldStyle ? 0 : 1;
        Span<short> prefix = stackalloc short[TableSize];
        Span<byte> suffix = stackalloc byte[TableSize];
        Span<byte> first = stackalloc byte[TableSize];
        Span<short> length = stackalloc short[TableSize];
        for (int i = 0; i < 256; i++)
        {
            prefix[i] = -1;
            suffix[i] = (byte)i;
            first[i] = (byte)i;
            length[i] = 1;
        }

        int next = 258;
        int width = 9;
        int previous = -1;
        int written = 0;
        long bitPosition = 0;
        long totalBits = (long)input.Length * 8;
        while (written < output.Length && bitPosition + width <= totalBits)
        {
            int code = ReadCode(input, bitPosition, width, oldStyle);
            bitPosition += width;
            if (code == EndOfInformation)
            {
                break;
            }

            if (code == Clear)
            {
                next = 258;
                width = 9;
                previous = -1;
                continue;
            }

            int emitted;
            if (previous < 0)
            {
                if (code > 255)
                {
                    throw new InvalidDataException($"LZW stream starts with code {code}, not a literal");
                }

                emitted = Emit(code, prefix, suffix, length, output[written..]);
            }
            else if (code < next)
            {
                emitted = Emit(code, prefix, suffix, length, output[written..]);
                AddEntry(ref next, previous, first[code], prefix, suffix, first, length);
            }
            else if (code == next && next < TableSize)
            {
                // The KwKwK case: the new string is the previous one plus its own first byte.
                AddEntry(ref next, previous, first[previous], prefix, suffix, first, length);
                emitted = Emit(code, prefix, suffix, length, output[written..]);
            }
            else
            {
                throw new InvalidDataException($"LZW code {code} used before it was defined (next free code {next})");
            }

            written += emitted;
            previous = code;
            if (next + early >= (1 << width) && width < 12)
            {
                width++;
            }
        }

        return written;
    }

    private static void AddEntry(ref int next, int previous, byte firstByte, Span<short> prefix, Span<byte> suffix, Span<byte> first, Span<short> length)
    {
        if (next >= TableSize)
        {
            return; // full table without a Clear: keep decoding with the existing entries, as libtiff does
        }

        prefix[next] = (short)previous;
        suffix[next] = firstByte;
        first[next] = first[previous];
        length[next] = (short)(length[previous] + 1);
        next++;
    }

    /// <summary>Writes the string for <paramref name="code"/> (truncated at the end of the output); returns bytes written.</summary>
    private static int Emit(int code, ReadOnlySpan<short> prefix, ReadOnlySpan<byte> suffix, ReadOnlySpan<short> length, Span<byte> output)
    {
        int n = length[code];
        int keep = Math.Min(n, output.Length);
        for (int i = n - 1; i >= 0; i--)
        {
            if (i < keep)
            {
                output[i] = suffix[code];
            }

            code = prefix[code];
        }

        return keep;
    }

    private static int ReadCode(ReadOnlySpan<byte> input, long bitPosition, int width, bool lsbFirst)
    {
        int index = (int)(bitPosition >> 3);
        int shift = (int)(bitPosition & 7);
        uint bits = 0;
        for (int i = 0; i < 3; i++)
        {
            uint b = index + i < input.Length ? input[index + i] : 0u;
            bits |= lsbFirst ? b << (8 * i) : b << (8 * (2 - i));
        }

        return lsbFirst
            ? (int)((bits >> shift) & ((1u << width) - 1))
            : (int)((bits >> (24 - shift - width)) & ((1u << width) - 1));
    }
}
