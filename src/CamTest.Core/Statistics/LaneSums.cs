using System.Runtime.Intrinsics;

namespace CamTest.Core.Statistics;

/// <summary>Folds of accumulator lanes shared by the kernels' flushes.</summary>
internal static class LaneSums
{
    /// <summary>The sum of eight uint lanes, widened first so it cannot wrap.</summary>
    public static ulong Wide(Vector256<uint> lanes)
    {
        (Vector256<ulong> lo, Vector256<ulong> hi) = Vector256.Widen(lanes);
        return Vector256.Sum(lo + hi);
    }
}
