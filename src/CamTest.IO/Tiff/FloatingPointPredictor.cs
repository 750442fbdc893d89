using System.Buffers;

namespace CamTest.IO.Tiff;

/// <summary>
/// Undoes the floating-point predictor (Predictor=3, Adobe TIFF Technote 3): each row holds its samples' bytes as
/// planes, most significant byte first, then byte-wise differenced across the whole row. The result is in host order
/// whatever the file's byte order, so no swap follows.
/// </summary>
internal static class FloatingPointPredictor
{
    public static void Undo(Span<byte> segment, int rowBytes, int bytesPerSample)
    {
        int samples = rowBytes / bytesPerSample;
        byte[] planes = ArrayPool<byte>.Shared.Rent(rowBytes);
        try
        {
            for (int start = 0; start + rowBytes <= segment.Length; start += rowBytes)
            {
                Span<byte> row = segment.Slice(start, rowBytes);
                Span<byte> plane = planes.AsSpan(0, rowBytes);
                byte sum = 0;
                for (int i = 0; i < rowBytes; i++)
                {
                    sum = unchecked((byte)(sum + row[i]));
                    plane[i] = sum;
                }

                for (int x = 0; x < samples; x++)
                {
                    for (int b = 0; b < bytesPerSample; b++)
                    {
                        // plane b holds byte b counted from the most significant end.
                        int hostByte = BitConverter.IsLittleEndian ? bytesPerSample - 1 - b : b;
                        row[(x * bytesPerSample) + hostByte] = plane[(b * samples) + x];
                    }
                }
            }
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(planes);
        }
    }
}
