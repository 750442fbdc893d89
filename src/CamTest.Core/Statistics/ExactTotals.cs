using System.Runtime.CompilerServices;

namespace CamTest.Core.Statistics;

/// <summary>Running exact totals shared by the integer kernels' vector paths and their scalar tails.</summary>
internal struct ExactTotals()
{
    public Int128 Sum;
    public UInt128 SumOfSquares;
    public long Min = long.MaxValue;
    public long Max = long.MinValue;

    /// <summary>Adds one value with |value| &lt; 2^32: its square is below 2^64, so the unchecked product read as
    /// ulong is exact even where it exceeds long's range (uint32 codes above 2^31.5).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public void Add(long value)
    {
        Sum += value;
        SumOfSquares += (ulong)(value * value);
        Min = Math.Min(Min, value);
        Max = Math.Max(Max, value);
    }

    public readonly IntegerMoments ToMoments(long count) =>
        count == 0 ? IntegerMoments.Empty : new IntegerMoments(count, Sum, SumOfSquares, Min, Max);
}
