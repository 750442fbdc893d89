namespace CamTest.IO.Png;

/// <summary>Undoes the five PNG row filters (PNG specification section 9) in place.</summary>
internal static class PngFilters
{
    /// <summary>
    /// Reconstructs <paramref name="row"/> (filtered bytes, without the filter-type byte) from the previous
    /// reconstructed row <paramref name="prior"/> (all zero for the first row). Returns false for an unknown filter type.
    /// </summary>
    public static bool TryUnfilter(int filterType, Span<byte> row, ReadOnlySpan<byte> prior, int stride)
    {
        switch (filterType)
        {
            case 0:
                return true;
            case 1:
                for (int i = stride; i < row.Length; i++)
                {
                    row[i] += row[i - stride];
                }

                return true;
            case 2:
                for (int i = 0; i < row.Length; i++)
                {
                    row[i] += prior[i];
                }

                return true;
            case 3:
                for (int i = 0; i < row.Length; i++)
                {
                    int left = i >= stride ? row[i - stride] : 0;
                    row[i] += (byte)((left + prior[i]) >> 1);
                }

                return true;
            case 4:
                for (int i = 0; i < row.Length; i++)
                {
                    int left = i >= stride ? row[i - stride] : 0;
                    int upLeft = i >= stride ? prior[i - stride] : 0;
                    row[i] += Paeth(left, prior[i], upLeft);
                }

                return true;
            default:
                return false;
        }
    }

    // The predictor closest to left + up - upLeft, ties broken in the order left, up, upper-left.
    private static byte Paeth(int left, int up, int upLeft)
    {
        int p = left + up - upLeft;
        int pa = Math.Abs(p - left);
        int pb = Math.Abs(p - up);
        int pc = Math.Abs(p - upLeft);
        if (pa <= pb && pa <= pc)
        {
            return (byte)left;
        }

        return (byte)(pb <= pc ? up : upLeft);
    }
}
