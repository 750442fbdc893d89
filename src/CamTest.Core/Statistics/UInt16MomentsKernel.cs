using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;

namespace CamTest.Core.Statistics;

/// <summary>
/// Exact moments of uint16 pixels: AVX2, else Vector128, then a scalar tail. (No portable Vector256 path: on x64 it is
/// accelerated only where AVX2 is, which the dedicated path already takes, and Arm64 has no 256-bit vectors.)
/// </summary>
internal static class UInt16MomentsKernel
{
    // Per vector, a 32-bit sum lane gains at most 2 * 65535; 16384 vectors add < 2^31, so the lanes are flushed
    // into 64-bit totals every block before they can wrap. Squares (<= 65535^2, fits uint) go to 64-bit lanes.
    private const int BlockVectors = 16384;

    public static IntegerMoments Compute(ReadOnlySpan<ushort> x)
    {
        var acc = new ExactTotals();
        int i = 0;
        if (UInt16MomentsAvx2.IsSupported)
        {
            i = UInt16MomentsAvx2.Run(x, ref acc);
        }
        else if (Vector128.IsHardwareAccelerated)
        {
            i = Vector128Path(x, ref acc);
        }

        for (; i < x.Length; i++)
        {
            acc.Add(x[i]);
        }

        return acc.ToMoments(x.Length);
    }

    internal static int Vector128Path(ReadOnlySpan<ushort> x, ref ExactTotals acc)
    {
        int vectors = x.Length / Vector128<ushort>.Count;
        ref ushort start = ref MemoryMarshal.GetReference(x);
        Vector128<ushort> min = Vector128.Create(ushort.MaxValue);
        Vector128<ushort> max = Vector128<ushort>.Zero;
        for (int block = 0; block < vectors; block += BlockVectors)
        {
            int end = Math.Min(vectors, block + BlockVectors);
            Vector128<uint> sum = Vector128<uint>.Zero;
            Vector128<ulong> squares = Vector128<ulong>.Zero;
            for (int v = block; v < end; v++)
            {
                Vector128<ushort> values = Vector128.LoadUnsafe(ref start, (nuint)(v * Vector128<ushort>.Count));
                min = Vector128.Min(min, values);
                max = Vector128.Max(max, values);
                (Vector128<uint> lo, Vector128<uint> hi) = Vector128.Widen(values);
                sum += lo + hi;
                (Vector128<ulong> a, Vector128<ulong> b) = Vector128.Widen(lo * lo);
                (Vector128<ulong> c, Vector128<ulong> d) = Vector128.Widen(hi * hi);
                squares += (a + b) + (c + d);
            }

            (Vector128<ulong> sumLo, Vector128<ulong> sumHi) = Vector128.Widen(sum);
            acc.Sum += Vector128.Sum(sumLo + sumHi);
            acc.SumOfSquares += Vector128.Sum(squares);
        }

        for (int lane = 0; lane < Vector128<ushort>.Count && vectors > 0; lane++)
        {
            acc.Min = Math.Min(acc.Min, min[lane]);
            acc.Max = Math.Max(acc.Max, max[lane]);
        }

        return vectors * Vector128<ushort>.Count;
    }
}
