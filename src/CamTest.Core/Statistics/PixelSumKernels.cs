using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;
using System.Runtime.Intrinsics.X86;

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

    /// <summary>Most frames <see cref="AddUInt16Frames"/> takes at once: its 32-bit lanes gain less than 2^16 per frame.</summary>
    public const int MaxFramesAtOnce = 1 << 16;

    /// <summary>
    /// Adds <paramref name="frames"/> tiles of uint16 pixels, stored one after another in <paramref name="x"/> (each
    /// <c>sum.Length</c> pixels), to the per-pixel sums and sums of squares. Eight pixels at a time go through every
    /// frame in registers before touching the sums: the sum in 32-bit lanes, each square x^2 &lt; 2^32 split into its
    /// 16-bit halves, each half also summed in 32-bit lanes (each lane gains less than 2^16 a frame, so up to
    /// <see cref="MaxFramesAtOnce"/> frames cannot overflow); the lanes are widened into the 64-bit sums once, as
    /// sum x^2 = 2^16 (sum of high halves) + (sum of low halves), exactly. The sums are read and written once per
    /// block of frames instead of once per frame.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static void AddUInt16Frames(ReadOnlySpan<ushort> x, int frames, Span<long> sum, Span<ulong> squares)
    {
        int n = sum.Length;
        if (squares.Length != n || x.Length != (long)frames * n || frames > MaxFramesAtOnce)
        {
            throw new ArgumentException($"{x.Length} pixels are not {frames} tiles of {n} (at most {MaxFramesAtOnce} at once)", nameof(x));
        }

        int i = 0;
        if (Avx2.IsSupported)
        {
            ref ushort first = ref MemoryMarshal.GetReference(x);
            Vector256<uint> lowHalf = Vector256.Create(0xFFFFu);
            for (; i <= n - Vector256<uint>.Count; i += Vector256<uint>.Count)
            {
                Vector256<uint> s = Vector256<uint>.Zero, low = Vector256<uint>.Zero, high = Vector256<uint>.Zero;
                for (int f = 0; f < frames; f++)
                {
                    Vector256<uint> v = Avx2.ConvertToVector256Int32(Vector128.LoadUnsafe(ref first, (nuint)(((long)f * n) + i))).AsUInt32();
                    Vector256<uint> square = v * v;
                    s += v;
                    low += square & lowHalf;
                    high += square >>> 16;
                }

                (Vector256<ulong> sLower, Vector256<ulong> sUpper) = Vector256.Widen(s);
                (Vector256<ulong> lowLower, Vector256<ulong> lowUpper) = Vector256.Widen(low);
                (Vector256<ulong> highLower, Vector256<ulong> highUpper) = Vector256.Widen(high);
                Add(sum, i, sLower.AsInt64(), sUpper.AsInt64());
                Add(squares, i, (highLower << 16) + lowLower, (highUpper << 16) + lowUpper);
            }
        }

        for (; i < n; i++)
        {
            long s = 0;
            ulong q = 0;
            for (int f = 0; f < frames; f++)
            {
                ulong v = x[(f * n) + i];
                s += (long)v;
                q += v * v;
            }

            sum[i] += s;
            squares[i] += q;
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

    public static MeanAndSquares Chan(long na, double meanA, double m2A, long nb, double meanB, double m2B)
    {
        if (nb == 0)
        {
            return new(meanA, m2A);
        }

        if (na == 0)
        {
            return new(meanB, m2B);
        }

        double n = na + nb, delta = meanB - meanA;
        return new(meanA + (delta * nb / n), m2A + m2B + (delta * delta * na * nb / n));
    }
}
