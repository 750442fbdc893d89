using System.Runtime.CompilerServices;

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

    /// <summary>
    /// The same for per-pixel sums that fit 64 bits (<see cref="PixelAccumulator"/>: sum below 2^63, sum of squares below
    /// 2^64), without 128-bit division: the bracket is an integer in [0, sumOfSquares], so evaluating it modulo 2^64
    /// (unchecked ulong wrap-around) gives it exactly. The result equals the 128-bit form's to the last bit. Inlined:
    /// per-pixel maps call it once per pixel.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static double SumOfSquaredDeviations(long count, long sum, ulong sumOfSquares)
    {
        if (count <= 0)
        {
            return double.NaN;
        }

        long q = sum / count;
        long r = sum - (q * count);
        if (r < 0)
        {
            q -= 1;
            r += count;
        }

        ulong shifted = unchecked(sumOfSquares - ((ulong)q * (ulong)q * (ulong)count) - (2 * (ulong)q * (ulong)r));
        return (double)shifted - ((double)r * (double)r / count);
    }
}
