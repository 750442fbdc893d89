using System.Text;

namespace CamTest.IO.Tiff;

/// <summary>
/// The "info" text ImageJ stores in its IJMetadata tag (50839, entry sizes in 50838): UTF-16 in the file's byte
/// order. Micro-Manager stacks re-saved by ImageJ keep the acquisition's summary JSON there.
/// </summary>
internal static class ImageJInfo
{
    private const ushort ByteCountsTag = 50838;
    private const uint InfoType = 0x696e666f; // "info"

    public static string? Read(TiffDirectory dir, TiffFile file)
    {
        byte[]? data = dir.Bytes(TiffTag.IJMetadata);
        long[] counts = dir.Integers(ByteCountsTag, 4096);
        if (data is null || counts.Length < 2 || counts[0] < 4 || counts[0] > data.Length)
        {
            return null;
        }

        int headerBytes = (int)counts[0];
        long position = headerBytes;
        int entry = 1;
        for (int at = 4; at + 8 <= headerBytes; at += 8)
        {
            uint type = file.UInt32(data.AsSpan(at));
            uint n = file.UInt32(data.AsSpan(at + 4));
            for (uint k = 0; k < n && entry < counts.Length; k++, entry++)
            {
                long size = counts[entry];
                if (size < 0 || position + size > data.Length)
                {
                    return null;
                }

                if (type == InfoType)
                {
                    Encoding encoding = file.BigEndian ? Encoding.BigEndianUnicode : Encoding.Unicode;
                    return encoding.GetString(data, (int)position, (int)size);
                }

                position += size;
            }
        }

        return null;
    }

    /// <summary>The Micro-Manager summary JSON embedded in an ImageJ info text, if there is one.</summary>
    public static string? MicroManagerSummary(string? info)
    {
        if (info is null || !info.Contains("MicroManagerVersion", StringComparison.Ordinal))
        {
            return null;
        }

        int start = info.IndexOf('{', StringComparison.Ordinal);
        int end = info.LastIndexOf('}');
        return start >= 0 && end > start ? info[start..(end + 1)] : null;
    }
}
