using System.Runtime.CompilerServices;
using System.Runtime.Intrinsics;

namespace CamTest.Core.Statistics;

/// <summary>
/// Exact moments of uint16 pixels: AVX2, else Vector128, then a scalar tail. (No portable Vector256 path: on x64 it is
/// accelerated only where AVX2 is, which the dedicated path already takes, and Arm64 has no 256-bit vectors.)
/// </summary>
internal static class UInt16MomentsKernel
{
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
        var op = new Vector128Moments(acc);
        int done = BlockedAggregation.Run(ref op, x, []);
        acc = op.Totals;
        return done;
    }

    private struct Vector128Moments(ExactTotals totals) : IBlockAggregator<ushort>
    {
        public ExactTotals Totals = totals;
        private Vector128<ushort> _min = Vector128.Create(ushort.MaxValue);
        private Vector128<ushort> _max = Vector128<ushort>.Zero;
        private Vector128<uint> _sum;
        private Vector128<ulong> _squares;

        public static int StepElements => Vector128<ushort>.Count;

        // Per vector, a 32-bit sum lane gains at most 2 * 65535; 16384 vectors add < 2^31, so the lanes are flushed
        // into 64-bit totals every block before they can wrap. Squares (<= 65535^2, fits uint) go to 64-bit lanes.
        public static int BlockSteps => 16384;

        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public void Step(ref ushort a, ref ushort b, nuint offset)
        {
            Vector128<ushort> values = Vector128.LoadUnsafe(ref a, offset);
            _min = Vector128.Min(_min, values);
            _max = Vector128.Max(_max, values);
            (Vector128<uint> lo, Vector128<uint> hi) = Vector128.Widen(values);
            _sum += lo + hi;
            (Vector128<ulong> p, Vector128<ulong> q) = Vector128.Widen(lo * lo);
            (Vector128<ulong> r, Vector128<ulong> s) = Vector128.Widen(hi * hi);
            _squares += (p + q) + (r + s);
        }

        public void Flush()
        {
            (Vector128<ulong> sumLo, Vector128<ulong> sumHi) = Vector128.Widen(_sum);
            Totals.Sum += Vector128.Sum(sumLo + sumHi);
            Totals.SumOfSquares += Vector128.Sum(_squares);
            _sum = Vector128<uint>.Zero;
            _squares = Vector128<ulong>.Zero;
        }

        public void Finish()
        {
            for (int lane = 0; lane < Vector128<ushort>.Count; lane++)
            {
                Totals.Min = Math.Min(Totals.Min, _min[lane]);
                Totals.Max = Math.Max(Totals.Max, _max[lane]);
            }
        }
    }
}
