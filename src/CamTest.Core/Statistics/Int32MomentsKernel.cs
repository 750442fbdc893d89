using System.Runtime.CompilerServices;
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
        if (signed)
        {
            var op = new Moments<Signed>(acc);
            int done = BlockedAggregation.Run(ref op, x, []);
            acc = op.Totals;
            return done;
        }
        else
        {
            var op = new Moments<Unsigned>(acc);
            int done = BlockedAggregation.Run(ref op, x, []);
            acc = op.Totals;
            return done;
        }
    }

    /// <summary>How a uint lane widens to long: as int32 (sign-extended) or as uint32 (zero-extended).</summary>
    private interface IWidening
    {
        static abstract WidenedHalves Widen(Vector256<uint> raw);
    }

    private readonly struct Signed : IWidening
    {
        public static WidenedHalves Widen(Vector256<uint> raw)
        {
            (Vector256<long> lo, Vector256<long> hi) = Vector256.Widen(raw.AsInt32());
            return new(lo, hi);
        }
    }

    private readonly struct Unsigned : IWidening
    {
        public static WidenedHalves Widen(Vector256<uint> raw) =>
            new(Vector256.WidenLower(raw).AsInt64(), Vector256.WidenUpper(raw).AsInt64());
    }

    private struct Moments<TWidening>(ExactTotals totals) : IBlockAggregator<uint>
        where TWidening : struct, IWidening
    {
        public ExactTotals Totals = totals;
        private Vector256<long> _min = Vector256.Create(long.MaxValue);
        private Vector256<long> _max = Vector256.Create(long.MinValue);
        private Vector256<long> _sum;
        private Vector256<ulong> _squaresLow;
        private Vector256<ulong> _squaresHigh;

        public static int StepElements => Vector256<uint>.Count;

        // Halves of squares gain < 2^33 per vector; 16384 vectors stay below 2^47 (see the class remarks).
        public static int BlockSteps => 16384;

        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public void Step(ref uint a, ref uint b, nuint offset)
        {
            (Vector256<long> lo, Vector256<long> hi) = TWidening.Widen(Vector256.LoadUnsafe(ref a, offset));
            _min = Vector256.Min(_min, Vector256.Min(lo, hi));
            _max = Vector256.Max(_max, Vector256.Max(lo, hi));
            _sum += lo + hi;
            Vector256<ulong> sqLo = (lo * lo).AsUInt64();
            Vector256<ulong> sqHi = (hi * hi).AsUInt64();
            Vector256<ulong> lowMask = Vector256.Create((ulong)uint.MaxValue);
            _squaresLow += (sqLo & lowMask) + (sqHi & lowMask);
            _squaresHigh += (sqLo >>> 32) + (sqHi >>> 32);
        }

        public void Flush()
        {
            Totals.Sum += Vector256.Sum(_sum);
            Totals.SumOfSquares += ((UInt128)Vector256.Sum(_squaresHigh) << 32) + Vector256.Sum(_squaresLow);
            _sum = Vector256<long>.Zero;
            _squaresLow = Vector256<ulong>.Zero;
            _squaresHigh = Vector256<ulong>.Zero;
        }

        public void Finish()
        {
            for (int lane = 0; lane < Vector256<long>.Count; lane++)
            {
                Totals.Min = Math.Min(Totals.Min, _min[lane]);
                Totals.Max = Math.Max(Totals.Max, _max[lane]);
            }
        }
    }

    /// <summary>Eight 32-bit values widened to 64 bits: the lower four and the upper four.</summary>
    private readonly record struct WidenedHalves(Vector256<long> Lo, Vector256<long> Hi);
}
