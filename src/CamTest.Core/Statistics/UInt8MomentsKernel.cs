using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;

namespace CamTest.Core.Statistics;

/// <summary>Exact moments of uint8 pixels: Vector256 then a scalar tail.</summary>
internal static class UInt8MomentsKernel
{
    // Per vector of 32 bytes a 32-bit square lane gains at most 4 * 255^2 = 260100 (sum lanes: 4 * 255); 4096
    // vectors add < 2^30, so the lanes are flushed into 64-bit totals every block before they can wrap.
    private const int BlockVectors = 4096;

    public static IntegerMoments Compute(ReadOnlySpan<byte> x)
    {
        var acc = new ExactTotals();
        int i = Vector256.IsHardwareAccelerated ? Vector256Path(x, ref acc) : 0;
        for (; i < x.Length; i++)
        {
            acc.Add(x[i]);
        }

        return acc.ToMoments(x.Length);
    }

    private static int Vector256Path(ReadOnlySpan<byte> x, ref ExactTotals acc)
    {
        int vectors = x.Length / Vector256<byte>.Count;
        ref byte start = ref MemoryMarshal.GetReference(x);
        Vector256<byte> min = Vector256.Create(byte.MaxValue);
        Vector256<byte> max = Vector256<byte>.Zero;
        for (int block = 0; block < vectors; block += BlockVectors)
        {
            int end = Math.Min(vectors, block + BlockVectors);
            Vector256<uint> sum = Vector256<uint>.Zero;
            Vector256<uint> squares = Vector256<uint>.Zero;
            for (int v = block; v < end; v++)
            {
                Vector256<byte> values = Vector256.LoadUnsafe(ref start, (nuint)(v * Vector256<byte>.Count));
                min = Vector256.Min(min, values);
                max = Vector256.Max(max, values);
                (Vector256<ushort> lo, Vector256<ushort> hi) = Vector256.Widen(values);
                (Vector256<uint> s0, Vector256<uint> s1) = Vector256.Widen(lo + hi);
                sum += s0 + s1;
                (Vector256<uint> a, Vector256<uint> b) = Vector256.Widen(lo * lo);
                (Vector256<uint> c, Vector256<uint> d) = Vector256.Widen(hi * hi);
                squares += (a + b) + (c + d);
            }

            acc.Sum += WideSum(sum);
            acc.SumOfSquares += WideSum(squares);
        }

        for (int lane = 0; lane < Vector256<byte>.Count && vectors > 0; lane++)
        {
            acc.Min = Math.Min(acc.Min, min[lane]);
            acc.Max = Math.Max(acc.Max, max[lane]);
        }

        return vectors * Vector256<byte>.Count;
    }

    private static ulong WideSum(Vector256<uint> lanes)
    {
        (Vector256<ulong> lo, Vector256<ulong> hi) = Vector256.Widen(lanes);
        return Vector256.Sum(lo + hi);
    }
}
