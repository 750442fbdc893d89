using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;

namespace CamTest.Core.Statistics;

/// <summary>Exact moments of int16 pixels: Vector256 then a scalar tail.</summary>
internal static class Int16MomentsKernel
{
    // Per vector a 32-bit sum lane changes by at most 2 * 32768; 16384 vectors stay within 2^31, so the lanes are
    // flushed into 64-bit totals every block. Squares (<= 2^30, fits int) are widened into 64-bit lanes.
    private const int BlockVectors = 16384;

    public static IntegerMoments Compute(ReadOnlySpan<short> x)
    {
        var acc = new ExactTotals();
        int i = Vector256.IsHardwareAccelerated ? Vector256Path(x, ref acc) : 0;
        for (; i < x.Length; i++)
        {
            acc.Add(x[i]);
        }

        return acc.ToMoments(x.Length);
    }

    private static int Vector256Path(ReadOnlySpan<short> x, ref ExactTotals acc)
    {
        int vectors = x.Length / Vector256<short>.Count;
        ref short start = ref MemoryMarshal.GetReference(x);
        Vector256<short> min = Vector256.Create(short.MaxValue);
        Vector256<short> max = Vector256.Create(short.MinValue);
        for (int block = 0; block < vectors; block += BlockVectors)
        {
            int end = Math.Min(vectors, block + BlockVectors);
            Vector256<int> sum = Vector256<int>.Zero;
            Vector256<ulong> squares = Vector256<ulong>.Zero;
            for (int v = block; v < end; v++)
            {
                Vector256<short> values = Vector256.LoadUnsafe(ref start, (nuint)(v * Vector256<short>.Count));
                min = Vector256.Min(min, values);
                max = Vector256.Max(max, values);
                (Vector256<int> lo, Vector256<int> hi) = Vector256.Widen(values);
                sum += lo + hi;
                (Vector256<ulong> a, Vector256<ulong> b) = Vector256.Widen((lo * lo).AsUInt32());
                (Vector256<ulong> c, Vector256<ulong> d) = Vector256.Widen((hi * hi).AsUInt32());
                squares += (a + b) + (c + d);
            }

            (Vector256<long> sumLo, Vector256<long> sumHi) = Vector256.Widen(sum);
            acc.Sum += Vector256.Sum(sumLo + sumHi);
            acc.SumOfSquares += Vector256.Sum(squares);
        }

        for (int lane = 0; lane < Vector256<short>.Count && vectors > 0; lane++)
        {
            acc.Min = Math.Min(acc.Min, min[lane]);
            acc.Max = Math.Max(acc.Max, max[lane]);
        }

        return vectors * Vector256<short>.Count;
    }
}
