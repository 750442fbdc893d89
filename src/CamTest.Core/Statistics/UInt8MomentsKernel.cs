using System.Runtime.CompilerServices;
using System.Runtime.Intrinsics;

namespace CamTest.Core.Statistics;

/// <summary>Exact moments of uint8 pixels: Vector256 steps through <see cref="BlockedAggregation"/>, then a scalar tail.</summary>
internal static class UInt8MomentsKernel
{
    public static IntegerMoments Compute(ReadOnlySpan<byte> x)
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

    private struct Moments() : IBlockAggregator<byte>
    {
        public ExactTotals Totals = new();
        private Vector256<byte> _min = Vector256.Create(byte.MaxValue);
        private Vector256<byte> _max = Vector256<byte>.Zero;
        private Vector256<uint> _sum;
        private Vector256<uint> _squares;

        public static int StepElements => Vector256<byte>.Count;

        // Per vector of 32 bytes a 32-bit square lane gains at most 4 * 255^2 = 260100 (sum lanes: 4 * 255); 4096
        // vectors add < 2^30, so the lanes are flushed into 64-bit totals every block before they can wrap.
        public static int BlockSteps => 4096;

        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public void Step(ref byte a, ref byte b, nuint offset)
        {
            Vector256<byte> values = Vector256.LoadUnsafe(ref a, offset);
            _min = Vector256.Min(_min, values);
            _max = Vector256.Max(_max, values);
            (Vector256<ushort> lo, Vector256<ushort> hi) = Vector256.Widen(values);
            (Vector256<uint> s0, Vector256<uint> s1) = Vector256.Widen(lo + hi);
            _sum += s0 + s1;
            (Vector256<uint> p, Vector256<uint> q) = Vector256.Widen(lo * lo);
            (Vector256<uint> r, Vector256<uint> s) = Vector256.Widen(hi * hi);
            _squares += (p + q) + (r + s);
        }

        public void Flush()
        {
            Totals.Sum += LaneSums.Wide(_sum);
            Totals.SumOfSquares += LaneSums.Wide(_squares);
            _sum = Vector256<uint>.Zero;
            _squares = Vector256<uint>.Zero;
        }

        public void Finish()
        {
            for (int lane = 0; lane < Vector256<byte>.Count; lane++)
            {
                Totals.Min = Math.Min(Totals.Min, _min[lane]);
                Totals.Max = Math.Max(Totals.Max, _max[lane]);
            }
        }
    }
}
