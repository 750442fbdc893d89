namespace CamTest.IO.Tiff;

/// <summary>PackBits run-length decoding (Compression=32773), the Macintosh scheme TIFF 6.0 adopted.</summary>
internal static class PackBitsDecoder
{
    /// <summary>Decodes into <paramref name="output"/> until it is full or the input ends; returns bytes written.</summary>
    public static int Decode(ReadOnlySpan<byte> input, Span<byte> output)
    {
        int i = 0;
        int written = 0;
        while (i < input.Length && written < output.Length)
        {
            int header = (sbyte)input[i++];
            if (header >= 0)
            {
                int n = Math.Min(Math.Min(header + 1, input.Length - i), output.Length - written);
                input.Slice(i, n).CopyTo(output[written..]);
                i += header + 1;
                written += n;
            }
            else if (header != -128 && i < input.Length)
            {
                int n = Math.Min(1 - header, output.Length - written);
                output.Slice(written, n).Fill(input[i++]);
                written += n;
            }
        }

        return written;
    }
}
