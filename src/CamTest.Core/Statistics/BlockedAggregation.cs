using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;

namespace CamTest.Core.Statistics;

/// <summary>
/// One vector step of a blocked reduction over one or two spans (the TensorPrimitives pattern: the operator is a
/// struct, so the generic driver is specialised and inlined per operator, with no call per vector). The operator
/// keeps narrow accumulator lanes that could wrap if never emptied; <see cref="BlockedAggregation"/> flushes them
/// into exact totals every <see cref="BlockSteps"/> steps.
/// </summary>
internal interface IBlockAggregator<T>
    where T : unmanaged
{
    /// <summary>Elements consumed per step (one vector's worth).</summary>
    static abstract int StepElements { get; }

    /// <summary>Steps after which the narrow lanes must be flushed before they can wrap (the operator says why).</summary>
    static abstract int BlockSteps { get; }

    /// <summary>Accumulates elements [offset, offset + StepElements) of <paramref name="a"/> (and of <paramref name="b"/>
    /// for two-input reductions; one-input operators ignore it).</summary>
    void Step(ref T a, ref T b, nuint offset);

    /// <summary>Moves the narrow lanes into the exact totals and clears them.</summary>
    void Flush();

    /// <summary>Folds the lanes that run over the whole span (min, max) into the totals, once, after the last block.</summary>
    void Finish();
}

/// <summary>The block/flush/lane-fold loop shared by the SIMD kernels; each kernel is an <see cref="IBlockAggregator{T}"/>.</summary>
internal static class BlockedAggregation
{
    /// <summary>Runs <paramref name="op"/> over whole steps of <paramref name="a"/> (and <paramref name="b"/>, same
    /// length, or empty); returns the elements consumed, a multiple of the step, for the caller's scalar tail.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static int Run<TOp, T>(ref TOp op, ReadOnlySpan<T> a, ReadOnlySpan<T> b)
        where TOp : struct, IBlockAggregator<T>
        where T : unmanaged
    {
        int steps = a.Length / TOp.StepElements;
        if (steps == 0)
        {
            return 0;
        }

        ref T startA = ref MemoryMarshal.GetReference(a);
        ref T startB = ref b.IsEmpty ? ref startA : ref MemoryMarshal.GetReference(b);
        // A local copy lets the JIT keep the operator's lanes in registers through the loop.
        TOp local = op;
        for (int block = 0; block < steps; block += TOp.BlockSteps)
        {
            int end = Math.Min(steps, block + TOp.BlockSteps);
            for (int s = block; s < end; s++)
            {
                local.Step(ref startA, ref startB, (nuint)s * (nuint)TOp.StepElements);
            }

            local.Flush();
        }

        local.Finish();
        op = local;
        return steps * TOp.StepElements;
    }
}
