namespace CamTest.IO.Tiff;

/// <summary>The Compression tag values this reader decodes, and names for the ones it refuses.</summary>
internal static class TiffCompression
{
    public const int None = 1;
    public const int Lzw = 5;
    public const int Deflate = 8;
    public const int PackBits = 32773;

    /// <summary>The pre-standard code for Deflate (Adobe's), still written by some tools.</summary>
    public const int DeflateObsolete = 32946;

    public static bool IsSupported(int code) => code is None or Lzw or Deflate or DeflateObsolete or PackBits;

    public static string Name(long code) => code switch
    {
        2 => "CCITT modified Huffman RLE",
        3 => "CCITT Group 3 fax",
        4 => "CCITT Group 4 fax",
        6 => "old-style JPEG",
        7 => "JPEG",
        9 or 10 => "JBIG",
        33003 or 33005 or 34712 => "JPEG 2000",
        34887 => "LERC",
        34925 => "LZMA",
        34933 => "PNG",
        34934 => "JPEG XR",
        50000 or 34926 => "Zstandard",
        50001 or 34927 => "WebP",
        50002 or 52546 => "JPEG XL",
        _ => $"code {code}",
    };
}
