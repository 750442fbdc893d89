using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;

namespace CamTest.Core.Statistics;

/// <summary>Exact moments of uint32 and int32 pixels: Vector256 then a scalar tail.</summary>
/// <remarks>
/// A square can reach 2^64 - 2^33 + 1, so squares cannot share a 64-bit lane: each is split into its high and low
/// 32-bit halves, accumulated separately (each lane gains < 2^33 per vector; 16384 vectors stay below 2^47) and
/// recombined as hi * 2^32 + lo in a UInt128 at every block flush. Sums are 64-bit lanes (< 2^33 per vector).
/// </remarks>
internal static class Int32MomentsKernel
{
    private const int BlockVectors = 16384;

    public static IntegerMoments Compute(ReadOnlySpan<uint> x)
    {
        var acc = new ExactTotals();
        int i = Vector256.IsHardwareAccelerated ? Vector256Path(x, signed: false, ref acc) : 0;
        for (; i < x.Length; i++)
        {
            acc.Add(x[i]);
        }

        return acc.ToMoments(x.Length);
    }

    public static IntegerMoments Compute(ReadOnlySpan<int> x)
    {
        var acc = new ExactTotals();
        int i = Vector256.IsHardwareAccelerated ? Vector256Path(MemoryMarshal.Cast<int, uint>(x), signed: true, ref acc) : 0;
        for (; i < x.Length; i++)
        {
            acc.Add(x[i]);
        }

        return acc.ToMoments(x.Length);
    }

    private static int Vector256Path(ReadOnlySpan<uint> x, bool signed, ref ExactTotals acc)
    {
        int vectors = x.Length / Vector256<uint>.Count;
        ref uint start = ref MemoryMarshal.GetReference(x);
        Vector256<ulong> lowMask = Vector256.Create((ulong)uint.MaxValue);
        Vector256<long> min = Vector256.Create(long.MaxValue);
        Vector256<long> max = Vector256.Create(long.MinValue);
        for (int block = 0; block < vectors; block += BlockVectors)
        {
            int end = Math.Min(vectors, block + BlockVectors);
            Vector256<long> sum = Vector256<long>.Zero;
            Vector256<ulong> squaresLow = Vector256<ulong>.Zero;
            Vector256<ulong> squaresHigh = Vector256<ulong>.Zero;
            for (int v = block; v < end; v++)
            {
                Vector256<uint> raw = Vector256.LoadUnsafe(ref start, (nuint)(v * Vector256<uint>.Count));
                (Vector256<long> lo, Vector256<long> hi) = signed
                    ? Vector256.Widen(raw.AsInt32())
                    : (Vector256.WidenLower(raw).AsInt64(), Vector256.WidenUpper(raw).AsInt64());
                min = Vector256.Min(min, Vector256.Min(lo, hi));
                max = Vector256.Max(max, Vector256.Max(lo, hi));
                sum += lo + hi;
                Vector256<ulong> sqLo = (lo * lo).AsUInt64();
                Vector256<ulong> sqHi = (hi * hi).AsUInt64();
                squaresLow += (sqLo & lowMask) + (sqHi & lowMask);
                squaresHigh += (sqLo >>> 32) + (sqHi >>> 32);
            }

            acc.Sum += Vector256.Sum(sum);
            acc.SumOfSquares += ((UInt128)Vector256.Sum(squaresHigh) << 32) + Vector256.Sum(squaresLow);
        }

        for (int lane = 0; lane < Vector256<long>.Count && vectors > 0; lane++)
        {
            acc.Min = Math.Min(acc.Min, min[lane]);
            acc.Max = Math.Max(acc.Max, max[lane]);
        }

        return vectors * Vector256<uint>.Count;
    }
}
