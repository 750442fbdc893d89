using System.Runtime.CompilerServices;
using System.Runtime.Intrinsics;

namespace CamTest.Core.Statistics;

/// <summary>Exact moments of int16 pixels: Vector256 steps through <see cref="BlockedAggregation"/>, then a scalar tail.</summary>
internal static class Int16MomentsKernel
{
    public static IntegerMoments Compute(ReadOnlySpan<short> x)
    {
        var op = new Moments();
        int i = Vector256.IsHardwareAccelerated ? BlockedAggregation.Run(ref op, x, []) : 0;
        ExactTotals acc = op.Totals;
        for (; i < x.Length; i++)
        {
            acc.Add(x[i]);
        }

        return acc.ToMoments(x.Length);
    }

    private struct Moments() : IBlockAggregator<short>
    {
        public ExactTotals Totals = new();
        private Vector256<short> _min = Vector256.Create(short.MaxValue);
        private Vector256<short> _max = Vector256.Create(short.MinValue);
        private Vector256<int> _sum;
        private Vector256<ulong> _squares;

        public static int StepElements => Vector256<short>.Count;

        // Per vector a 32-bit sum lane changes by at most 2 * 32768; 16384 vectors stay within 2^31, so the lanes are
        // flushed into 64-bit totals every block. Squares (<= 2^30, fits int) are widened into 64-bit lanes.
        public static int BlockSteps => 16384;

        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public void Step(ref short a, ref short b, nuint offset)
        {
            Vector256<short> values = Vector256.LoadUnsafe(ref a, offset);
            _min = Vector256.Min(_min, values);
            _max = Vector256.Max(_max, values);
            (Vector256<int> lo, Vector256<int> hi) = Vector256.Widen(values);
            _sum += lo + hi;
            (Vector256<ulong> p, Vector256<ulong> q) = Vector256.Widen((lo * lo).AsUInt32());
            (Vector256<ulong> r, Vector256<ulong> s) = Vector256.Widen((hi * hi).AsUInt32());
            _squares += (p + q) + (r + s);
        }

        public void Flush()
        {
            (Vector256<long> sumLo, Vector256<long> sumHi) = Vector256.Widen(_sum);
            Totals.Sum += Vector256.Sum(sumLo + sumHi);
            Totals.SumOfSquares += Vector256.Sum(_squares);
            _sum = Vector256<int>.Zero;
            _squares = Vector256<ulong>.Zero;
        }

        public void Finish()
        {
            for (int lane = 0; lane < Vector256<short>.Count; lane++)
            {
                Totals.Min = Math.Min(Totals.Min, _min[lane]);
                Totals.Max = Math.Max(Totals.Max, _max[lane]);
            }
        }
    }
}
