using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;

namespace CamTest.Core.Statistics;

/// <summary>
/// SIMD kernels for counting codes in 8- and 16-bit data: the extremes of a span, and how many values equal each of
/// a few codes. Counts are kept in the lanes themselves (an equal lane is all ones, i.e. -1, so subtracting it adds
/// one) and flushed to 64-bit totals before a lane can wrap: the blocked-aggregation pattern, without a 65,536-bin
/// histogram when only a handful of codes matter.
/// </summary>
internal static class CodeCountKernel
{
    /// <summary>Smallest and largest value (the type's default for an empty span).</summary>
    public static ValueExtremes<T> Extremes<T>(ReadOnlySpan<T> values)
        where T : unmanaged, IBinaryInteger<T>, IMinMaxValue<T>
    {
        if (values.IsEmpty)
        {
            return new(T.Zero, T.Zero);
        }

        T min = values[0], max = values[0];
        int i = 0;
        if (Vector.IsHardwareAccelerated && values.Length >= Vector<T>.Count)
        {
            ReadOnlySpan<Vector<T>> vectors = MemoryMarshal.Cast<T, Vector<T>>(values);
            Vector<T> vmin = vectors[0], vmax = vectors[0];
            foreach (Vector<T> v in vectors)
            {
                vmin = Vector.Min(vmin, v);
                vmax = Vector.Max(vmax, v);
            }

            for (int lane = 0; lane < Vector<T>.Count; lane++)
            {
                min = T.Min(min, vmin[lane]);
                max = T.Max(max, vmax[lane]);
            }

            i = vectors.Length * Vector<T>.Count;
        }

        for (; i < values.Length; i++)
        {
            min = T.Min(min, values[i]);
            max = T.Max(max, values[i]);
        }

        return new(min, max);
    }

    /// <summary>Adds to <paramref name="counts"/>[k] the number of values equal to <paramref name="codes"/>[k].</summary>
    public static void Count<T>(ReadOnlySpan<T> values, ReadOnlySpan<T> codes, Span<long> counts)
        where T : unmanaged, IBinaryInteger<T>
    {
        int i = 0;
        if (Vector.IsHardwareAccelerated && values.Length >= Vector<T>.Count && codes.Length == 5)
        {
            i = CountFive(MemoryMarshal.Cast<T, Vector<T>>(values), codes, counts) * Vector<T>.Count;
        }
        else if (Vector.IsHardwareAccelerated && values.Length >= Vector<T>.Count)
        {
            ReadOnlySpan<Vector<T>> vectors = MemoryMarshal.Cast<T, Vector<T>>(values);
            var targets = new Vector<T>[codes.Length];
            var lanes = new Vector<T>[codes.Length];
            for (int k = 0; k < codes.Length; k++)
            {
                targets[k] = new Vector<T>(codes[k]);
            }

            // A lane holds up to 2^bits - 1 before it wraps: flush every that many vectors.
            int block = (int)Math.Min(int.MaxValue, (1L << (Unsafe.SizeOf<T>() * 8)) - 1);
            for (int start = 0; start < vectors.Length; start += block)
            {
                ReadOnlySpan<Vector<T>> part = vectors.Slice(start, Math.Min(block, vectors.Length - start));
                Array.Clear(lanes);
                foreach (Vector<T> v in part)
                {
                    for (int k = 0; k < targets.Length; k++)
                    {
                        lanes[k] -= Vector.Equals(v, targets[k]);
                    }
                }

                ulong mask = (1UL << (Unsafe.SizeOf<T>() * 8)) - 1;
                for (int k = 0; k < lanes.Length; k++)
                {
                    for (int lane = 0; lane < Vector<T>.Count; lane++)
                    {
                        counts[k] += (long)(ulong.CreateTruncating(lanes[k][lane]) & mask);
                    }
                }
            }

            i = vectors.Length * Vector<T>.Count;
        }

        for (; i < values.Length; i++)
        {
            for (int k = 0; k < codes.Length; k++)
            {
                counts[k] += values[i] == codes[k] ? 1 : 0;
            }
        }
    }

    /// <summary>
    /// <see cref="Count{T}"/> for five codes (what <see cref="CodeExtremes"/> asks for), the targets and lane counts
    /// held in registers rather than arrays of vectors loaded and stored for every code of every vector.
    /// </summary>
    /// <returns>The vectors counted (all of them).</returns>
    private static int CountFive<T>(ReadOnlySpan<Vector<T>> vectors, ReadOnlySpan<T> codes, Span<long> counts)
        where T : unmanaged, IBinaryInteger<T>
    {
        Vector<T> t0 = new(codes[0]), t1 = new(codes[1]), t2 = new(codes[2]), t3 = new(codes[3]), t4 = new(codes[4]);
        // A lane holds up to 2^bits - 1 before it wraps: flush every that many vectors.
        int block = (int)Math.Min(int.MaxValue, (1L << (Unsafe.SizeOf<T>() * 8)) - 1);
        for (int start = 0; start < vectors.Length; start += block)
        {
            ReadOnlySpan<Vector<T>> part = vectors.Slice(start, Math.Min(block, vectors.Length - start));
            Vector<T> l0 = default, l1 = default, l2 = default, l3 = default, l4 = default;
            foreach (Vector<T> v in part)
            {
                l0 -= Vector.Equals(v, t0);
                l1 -= Vector.Equals(v, t1);
                l2 -= Vector.Equals(v, t2);
                l3 -= Vector.Equals(v, t3);
                l4 -= Vector.Equals(v, t4);
            }

            counts[0] += LaneTotal(l0);
            counts[1] += LaneTotal(l1);
            counts[2] += LaneTotal(l2);
            counts[3] += LaneTotal(l3);
            counts[4] += LaneTotal(l4);
        }

        return vectors.Length;
    }

    /// <summary>The sum of a vector's lanes, each read as an unsigned count.</summary>
    private static long LaneTotal<T>(Vector<T> lanes)
        where T : unmanaged, IBinaryInteger<T>
    {
        ulong mask = (1UL << (Unsafe.SizeOf<T>() * 8)) - 1;
        long total = 0;
        for (int lane = 0; lane < Vector<T>.Count; lane++)
        {
            total += (long)(ulong.CreateTruncating(lanes[lane]) & mask);
        }

        return total;
    }
}
