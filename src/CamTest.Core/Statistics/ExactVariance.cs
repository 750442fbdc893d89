namespace CamTest.Core.Statistics;

/// <summary>Sum of squared deviations from exact integer sums, without the cancellation of SumSq - Sum^2/N in double.</summary>
internal static class ExactVariance
{
    /// <summary>
    /// M2 = sumOfSquares - sum^2/count. With sum = q*count + r (floor division, 0 &lt;= r &lt; count),
    /// M2 = [sumOfSquares - q^2*count - 2*q*r] - r^2/count, where the bracket is the exact integer sum (x - q)^2;
    /// only the final fraction (below count) is rounded. Needs sumOfSquares &lt; 2^127.
    /// </summary>
    public static double SumOfSquaredDeviations(long count, Int128 sum, UInt128 sumOfSquares)
    {
        if (count <= 0)
        {
            return double.NaN;
        }

        Int128 q = sum / count;
        Int128 r = sum - (q * count);
        if (r < 0)
        {
            q -= 1;
            r += count;
        }

        Int128 shifted = (Int128)sumOfSquares - (q * q * count) - (2 * q * r);
        return (double)shifted - ((double)r * (double)r / count);
    }
}
