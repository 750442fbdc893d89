using System.Numerics;
using System.Runtime.Intrinsics;

namespace CamTest.Core.Statistics;

/// <summary>The per-pixel update loops behind <see cref="PixelAccumulator"/>.</summary>
internal static class PixelSumKernels
{
    public static void AddUInt16(ReadOnlySpan<ushort> x, Span<long> sum, Span<ulong> squares)
    {
        int i = 0;
        if (Vector256.IsHardwareAccelerated)
        {
            for (; i <= x.Length - Vector256<uint>.Count; i += Vector256<uint>.Count)
            {
                Vector256<uint> v = Vector256.WidenLower(Vector256.Create(Vector128.Create(x.Slice(i, 8)), Vector128<ushort>.Zero));
                Vector256<uint> v2 = v * v;
                Add(sum, i, Vector256.WidenLower(v).AsInt64(), Vector256.WidenUpper(v).AsInt64());
                Add(squares, i, Vector256.WidenLower(v2), Vector256.WidenUpper(v2));
            }
        }

        for (; i < x.Length; i++)
        {
            sum[i] += x[i];
            squares[i] += (ulong)x[i] * x[i];
        }
    }

    private static void Add<T>(Span<T> target, int i, Vector256<T> lower, Vector256<T> upper)
        where T : unmanaged
    {
        Span<T> slice = target.Slice(i, 2 * Vector256<T>.Count);
        (Vector256.Create((ReadOnlySpan<T>)slice) + lower).CopyTo(slice);
        (Vector256.Create((ReadOnlySpan<T>)slice[Vector256<T>.Count..]) + upper).CopyTo(slice[Vector256<T>.Count..]);
    }

    public static void AddExact<T>(ReadOnlySpan<T> x, Span<long> sum, Span<ulong> squares)
        where T : unmanaged, IBinaryInteger<T>
    {
        for (int i = 0; i < x.Length; i++)
        {
            long v = long.CreateTruncating(x[i]);
            sum[i] += v;
            squares[i] += (ulong)(v * v);
        }
    }

    public static void AddWelford<T>(ReadOnlySpan<T> x, long frameCount, Span<double> mean, Span<double> m2)
        where T : unmanaged, INumberBase<T>
    {
        double n = frameCount + 1;
        for (int i = 0; i < x.Length; i++)
        {
            double v = double.CreateTruncating(x[i]);
            double delta = v - mean[i];
            mean[i] += delta / n;
            m2[i] += delta * (v - mean[i]);
        }
    }

    public static (double Mean, double M2) Chan(long na, double meanA, double m2A, long nb, double meanB, double m2B)
    {
        if (nb == 0)
        {
            return (meanA, m2A);
        }

        if (na == 0)
        {
            return (meanB, m2B);
        }

        double n = na + nb, delta = meanB - meanA;
        return (meanA + (delta * nb / n), m2A + m2B + (delta * delta * na * nb / n));
    }
}
