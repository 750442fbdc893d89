using System.Runtime.CompilerServices;

namespace CamTest.Simulation.Random;

/// <summary>
/// xoshiro256** (Blackman and Vigna, 2018): a small, fast generator whose output is fixed by its published algorithm.
/// Implemented here rather than using <see cref="System.Random"/> because the simulator promises the same bytes for
/// the same seed on every .NET version, and System.Random's algorithm is not a contract.
/// </summary>
public struct Xoshiro256StarStar
{
    private ulong _s0;
    private ulong _s1;
    private ulong _s2;
    private ulong _s3;

    /// <summary>Seeds the state from SplitMix64, as the algorithm's authors recommend (never all zero).</summary>
    public Xoshiro256StarStar(ulong seed)
    {
        ulong x = seed;
        _s0 = SplitMix64(ref x);
        _s1 = SplitMix64(ref x);
        _s2 = SplitMix64(ref x);
        _s3 = SplitMix64(ref x);
    }

    /// <summary>
    /// An independent stream for one piece of work (a row of a frame of a stack), so the output does not depend on
    /// which thread simulates which row. The keys are mixed through SplitMix64 before seeding.
    /// </summary>
    public static Xoshiro256StarStar ForStream(ulong seed, ulong key1, ulong key2 = 0, ulong key3 = 0)
    {
        ulong x = seed;
        ulong h = SplitMix64(ref x);
        x = h ^ key1;
        h = SplitMix64(ref x);
        x = h ^ key2;
        h = SplitMix64(ref x);
        x = h ^ key3;
        h = SplitMix64(ref x);
        return new Xoshiro256StarStar(h);
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public ulong NextUInt64()
    {
        ulong result = ulong.RotateLeft(_s1 * 5, 7) * 9;
        ulong t = _s1 << 17;
        _s2 ^= _s0;
        _s3 ^= _s1;
        _s1 ^= _s2;
        _s0 ^= _s3;
        _s2 ^= t;
        _s3 = ulong.RotateLeft(_s3, 45);
        return result;
    }

    /// <summary>Uniform on [0, 1) with 53 random bits.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public double NextDouble() => (NextUInt64() >> 11) * (1.0 / (1UL << 53));

    /// <summary>Uniform on (0, 1): safe to take the logarithm of.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public double NextOpenDouble() => ((NextUInt64() >> 11) + 0.5) * (1.0 / (1UL << 53));

    private static ulong SplitMix64(ref ulong x)
    {
        ulong z = x += 0x9E3779B97F4A7C15UL;
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBUL;
        return z ^ (z >> 31);
    }
}
