using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;

namespace CamTest.Core.Statistics;

/// <summary>Exact pair difference of uint16 frames: Vector256 then a scalar tail.</summary>
internal static class UInt16PairDifferenceKernel
{
    // Per vector each 32-bit sum lane of A (and of B) gains at most 2 * 65535; 16384 vectors stay below 2^31, so
    // lanes are flushed into 128-bit totals every block. d = a - b lies in [-65535, 65535] and d^2 <= 65535^2 fits a
    // uint lane; squares are widened into 64-bit lanes before adding.
    private const int BlockVectors = 16384;

    public static PairDifference Compute(ReadOnlySpan<ushort> a, ReadOnlySpan<ushort> b)
    {
        var difference = new ExactTotals();
        Int128 sumA = 0, sumB = 0;
        int i = 0;
        if (Vector256.IsHardwareAccelerated)
        {
            i = Vector256Path(a, b, ref difference, ref sumA, ref sumB);
        }

        for (; i < a.Length; i++)
        {
            sumA += a[i];
            sumB += b[i];
            difference.Add(a[i] - b[i]);
        }

        return PairDifferenceKernels.FromSums(difference.ToMoments(a.Length), sumA, sumB);
    }

    private static int Vector256Path(
        ReadOnlySpan<ushort> a, ReadOnlySpan<ushort> b, ref ExactTotals difference, ref Int128 sumA, ref Int128 sumB)
    {
        int vectors = a.Length / Vector256<ushort>.Count;
        ref ushort startA = ref MemoryMarshal.GetReference(a);
        ref ushort startB = ref MemoryMarshal.GetReference(b);
        Vector256<int> min = Vector256.Create(int.MaxValue), max = Vector256.Create(int.MinValue);
        for (int block = 0; block < vectors; block += BlockVectors)
        {
            int end = Math.Min(vectors, block + BlockVectors);
            Vector256<uint> accA = Vector256<uint>.Zero, accB = Vector256<uint>.Zero;
            Vector256<ulong> squares = Vector256<ulong>.Zero;
            for (int v = block; v < end; v++)
            {
                nuint offset = (nuint)(v * Vector256<ushort>.Count);
                (Vector256<uint> a0, Vector256<uint> a1) = Vector256.Widen(Vector256.LoadUnsafe(ref startA, offset));
                (Vector256<uint> b0, Vector256<uint> b1) = Vector256.Widen(Vector256.LoadUnsafe(ref startB, offset));
                accA += a0 + a1;
                accB += b0 + b1;
                Vector256<int> d0 = a0.AsInt32() - b0.AsInt32(), d1 = a1.AsInt32() - b1.AsInt32();
                min = Vector256.Min(min, Vector256.Min(d0, d1));
                max = Vector256.Max(max, Vector256.Max(d0, d1));
                (Vector256<ulong> s0, Vector256<ulong> s1) = Vector256.Widen((d0 * d0).AsUInt32());
                (Vector256<ulong> s2, Vector256<ulong> s3) = Vector256.Widen((d1 * d1).AsUInt32());
                squares += (s0 + s1) + (s2 + s3);
            }

            sumA += WideSum(accA);
            sumB += WideSum(accB);
            difference.Sum += (Int128)WideSum(accA) - WideSum(accB);
            difference.SumOfSquares += Vector256.Sum(squares);
        }

        for (int lane = 0; lane < Vector256<int>.Count && vectors > 0; lane++)
        {
            difference.Min = Math.Min(difference.Min, min[lane]);
            difference.Max = Math.Max(difference.Max, max[lane]);
        }

        return vectors * Vector256<ushort>.Count;
    }

    private static ulong WideSum(Vector256<uint> lanes)
    {
        (Vector256<ulong> lo, Vector256<ulong> hi) = Vector256.Widen(lanes);
        return Vector256.Sum(lo + hi);
    }
}
