using System.Runtime.CompilerServices;
using System.Runtime.Intrinsics;

namespace CamTest.Core.Statistics;

/// <summary>Exact pair difference of uint16 frames: Vector256 steps through <see cref="BlockedAggregation"/>, then a scalar tail.</summary>
internal static class UInt16PairDifferenceKernel
{
    public static PairDifference Compute(ReadOnlySpan<ushort> a, ReadOnlySpan<ushort> b)
    {
        var op = new Differences();
        int i = Vector256.IsHardwareAccelerated ? BlockedAggregation.Run(ref op, a, b) : 0;
        ExactTotals difference = op.Difference;
        Int128 sumA = op.SumA, sumB = op.SumB;
        for (; i < a.Length; i++)
        {
            sumA += a[i];
            sumB += b[i];
            difference.Add(a[i] - b[i]);
        }

        return PairDifferenceKernels.FromSums(difference.ToMoments(a.Length), sumA, sumB);
    }

    private struct Differences() : IBlockAggregator<ushort>
    {
        public ExactTotals Difference = new();
        public Int128 SumA;
        public Int128 SumB;
        private Vector256<int> _min = Vector256.Create(int.MaxValue);
        private Vector256<int> _max = Vector256.Create(int.MinValue);
        private Vector256<uint> _accA;
        private Vector256<uint> _accB;
        private Vector256<ulong> _squares;

        public static int StepElements => Vector256<ushort>.Count;

        // Per vector each 32-bit sum lane of A (and of B) gains at most 2 * 65535; 16384 vectors stay below 2^31, so
        // lanes are flushed into 128-bit totals every block. d = a - b lies in [-65535, 65535] and d^2 <= 65535^2 fits a
        // uint lane; squares are widened into 64-bit lanes before adding.
        public static int BlockSteps => 16384;

        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public void Step(ref ushort a, ref ushort b, nuint offset)
        {
            (Vector256<uint> a0, Vector256<uint> a1) = Vector256.Widen(Vector256.LoadUnsafe(ref a, offset));
            (Vector256<uint> b0, Vector256<uint> b1) = Vector256.Widen(Vector256.LoadUnsafe(ref b, offset));
            _accA += a0 + a1;
            _accB += b0 + b1;
            Vector256<int> d0 = a0.AsInt32() - b0.AsInt32(), d1 = a1.AsInt32() - b1.AsInt32();
            _min = Vector256.Min(_min, Vector256.Min(d0, d1));
            _max = Vector256.Max(_max, Vector256.Max(d0, d1));
            (Vector256<ulong> s0, Vector256<ulong> s1) = Vector256.Widen((d0 * d0).AsUInt32());
            (Vector256<ulong> s2, Vector256<ulong> s3) = Vector256.Widen((d1 * d1).AsUInt32());
            _squares += (s0 + s1) + (s2 + s3);
        }

        public void Flush()
        {
            ulong blockA = LaneSums.Wide(_accA), blockB = LaneSums.Wide(_accB);
            SumA += blockA;
            SumB += blockB;
            Difference.Sum += (Int128)blockA - blockB;
            Difference.SumOfSquares += Vector256.Sum(_squares);
            _accA = Vector256<uint>.Zero;
            _accB = Vector256<uint>.Zero;
            _squares = Vector256<ulong>.Zero;
        }

        public void Finish()
        {
            for (int lane = 0; lane < Vector256<int>.Count; lane++)
            {
                Difference.Min = Math.Min(Difference.Min, _min[lane]);
                Difference.Max = Math.Max(Difference.Max, _max[lane]);
            }
        }
    }
}
