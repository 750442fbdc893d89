using System.Runtime.InteropServices;

namespace CamTest.IO.Tiff;

/// <summary>
/// Undoes the TIFF horizontal predictor (Predictor=2): each sample was stored as the difference from its left
/// neighbour within the row, wrapping modulo the sample width. Runs on host-order values.
/// </summary>
internal static class HorizontalPredictor
{
    public static void Undo(Span<byte> segment, int rowBytes, int bytesPerSample)
    {
        for (int start = 0; start + rowBytes <= segment.Length; start += rowBytes)
        {
            Span<byte> row = segment.Slice(start, rowBytes);
            switch (bytesPerSample)
            {
                case 1: Accumulate(row); break;
                case 2: Accumulate(MemoryMarshal.Cast<byte, ushort>(row)); break;
                case 4: Accumulate(MemoryMarshal.Cast<byte, uint>(row)); break;
                default: Accumulate(MemoryMarshal.Cast<byte, ulong>(row)); break;
            }
        }
    }

    private static void Accumulate<T>(Span<T> row)
        where T : unmanaged, System.Numerics.IBinaryInteger<T>
    {
        for (int i = 1; i < row.Length; i++)
        {
            row[i] = unchecked(row[i] + row[i - 1]);
        }
    }
}
