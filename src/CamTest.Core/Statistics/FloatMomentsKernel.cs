using System.Numerics;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;

namespace CamTest.Core.Statistics;

/// <summary>
/// Moments of float32/float64 pixels, accumulated in double with the corrected two-pass algorithm (Chan, Golub and
/// LeVeque): pass one finds the mean, pass two sums d = x - mean and d^2, and M2 = sum d^2 - (sum d)^2 / N.
/// </summary>
/// <remarks>
/// Precision: float32 values and their deviations are exact in double. Each pass sums in 4 double lanes, and every
/// lane's partial total is added to the running total once per block of 4096 values, so the rounding error grows
/// like (4096/4 + N/4096) * 2^-53 relative instead of N * 2^-53 — below 1e-12 relative for any frame below 2^31
/// pixels. Because pass two works on deviations, the variance keeps that precision even when the mean is large
/// against the spread. NaN pixels make the mean and variance NaN.
/// </remarks>
internal static class FloatMomentsKernel
{
    private const int BlockValues = 4096;

    public static FloatMoments Compute(ReadOnlySpan<float> x) => Compute<float>(x);

    public static FloatMoments Compute(ReadOnlySpan<double> x) => Compute<double>(x);

    private static FloatMoments Compute<T>(ReadOnlySpan<T> x)
        where T : unmanaged, IFloatingPointIeee754<T>
    {
        if (x.IsEmpty)
        {
            return FloatMoments.Empty;
        }

        double min = double.PositiveInfinity, max = double.NegativeInfinity, total = 0;
        for (int start = 0; start < x.Length; start += BlockValues)
        {
            ReadOnlySpan<T> block = x.Slice(start, Math.Min(BlockValues, x.Length - start));
            total += SumDeviations(block, 0, out _, ref min, ref max);
        }

        double mean = total / x.Length;
        double sumD = 0, sumD2 = 0, ignoredMin = 0, ignoredMax = 0;
        for (int start = 0; start < x.Length; start += BlockValues)
        {
            ReadOnlySpan<T> block = x.Slice(start, Math.Min(BlockValues, x.Length - start));
            sumD += SumDeviations(block, mean, out double squares, ref ignoredMin, ref ignoredMax);
            sumD2 += squares;
        }

        double m2 = Math.Max(0, sumD2 - (sumD * sumD / x.Length));
        return new FloatMoments(x.Length, mean + (sumD / x.Length), m2, min, max);
    }

    /// <summary>Sums x - shift and (x - shift)^2 over one block in double lanes, tracking min and max of x.</summary>
    private static double SumDeviations<T>(ReadOnlySpan<T> x, double shift, out double squares, ref double min, ref double max)
        where T : unmanaged, IFloatingPointIeee754<T>
    {
        double sum = 0;
        squares = 0;
        int i = 0;
        if (Vector256.IsHardwareAccelerated && x.Length >= 8)
        {
            Vector256<double> s = Vector256<double>.Zero, q = Vector256<double>.Zero;
            Vector256<double> lo = Vector256.Create(min), hi = Vector256.Create(max), c = Vector256.Create(shift);
            for (; i <= x.Length - 8; i += 8)
            {
                (Vector256<double> a, Vector256<double> b) = Load8(x, i);
                lo = Vector256.Min(lo, Vector256.Min(a, b));
                hi = Vector256.Max(hi, Vector256.Max(a, b));
                a -= c;
                b -= c;
                s += a + b;
                q += (a * a) + (b * b);
            }

            sum = Vector256.Sum(s);
            squares = Vector256.Sum(q);
            for (int lane = 0; lane < 4; lane++)
            {
                min = Math.Min(min, lo[lane]);
                max = Math.Max(max, hi[lane]);
            }
        }

        for (; i < x.Length; i++)
        {
            double v = double.CreateTruncating(x[i]);
            min = Math.Min(min, v);
            max = Math.Max(max, v);
            sum += v - shift;
            squares += (v - shift) * (v - shift);
        }

        return sum;
    }

    private static EightDoubles Load8<T>(ReadOnlySpan<T> x, int i)
        where T : unmanaged, IFloatingPointIeee754<T>
    {
        if (typeof(T) == typeof(float))
        {
            Vector256<float> v = Vector256.Create(MemoryMarshal.Cast<T, float>(x.Slice(i, 8)));
            (Vector256<double> lower, Vector256<double> upper) = Vector256.Widen(v);
            return new(lower, upper);
        }

        ReadOnlySpan<double> d = MemoryMarshal.Cast<T, double>(x.Slice(i, 8));
        return new(Vector256.Create(d), Vector256.Create(d[4..]));
    }

    /// <summary>Eight values as doubles, in two vectors of four.</summary>
    private readonly record struct EightDoubles(Vector256<double> A, Vector256<double> B);
}
