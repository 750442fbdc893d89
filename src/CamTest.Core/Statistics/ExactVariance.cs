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

        return FromQuotient(count, sum, sumOfSquares, sum / count);
    }

    /// <summary>
    /// The same, to the last bit, for a count shared by many pixels (a map): the floor quotient sum / count comes from a
    /// double division where sum is below 2^53, instead of a 64-bit integer division that costs tens of cycles a pixel.
    /// Both operands are then exact doubles and the division is correctly rounded, so its truncation is floor(sum /
    /// count) or one more (when the true quotient lies within half an ulp below the next integer); one correction makes
    /// q and r the integer division's. Other sums (negative, or 2^53 and above) take the integer division.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static double SumOfSquaredDeviationsOfMany(long count, long sum, ulong sumOfSquares)
    {
        if (count <= 0 || (ulong)sum >= 1UL << 53)
        {
            return SumOfSquaredDeviations(count, sum, sumOfSquares);
        }

        return FromQuotient(count, sum, sumOfSquares, (long)((double)sum / count));
    }

    /// <summary>From a quotient <paramref name="q"/> that is floor(sum / count) or one more (a truncating division of a
    /// negative sum, or a double division's rounding up): the remainder, one correction, then <see cref="Bracket"/>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static double FromQuotient(long count, long sum, ulong sumOfSquares, long q)
    {
        long r = sum - (q * count);
        if (r < 0)
        {
            q -= 1;
            r += count;
        }

        return Bracket(count, sumOfSquares, q, r);
    }

    /// <summary>[sumOfSquares - q^2 count - 2 q r] (exact modulo 2^64) - r^2 / count, for sum = q count + r, 0 &lt;= r &lt; count.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static double Bracket(long count, ulong sumOfSquares, long q, long r)
    {
        ulong shifted = unchecked(sumOfSquares - ((ulong)q * (ulong)q * (ulong)count) - (2 * (ulong)q * (ulong)r));
        return (double)shifted - ((double)r * (double)r / count);
    }
}
