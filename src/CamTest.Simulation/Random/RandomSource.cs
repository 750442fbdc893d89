using System.Runtime.CompilerServices;

namespace CamTest.Simulation.Random;

/// <summary>
/// One deterministic stream of random numbers: a <see cref="Xoshiro256StarStar"/> generator plus the spare normal
/// deviate of the polar method, so each pair of normals costs one logarithm. A stream is used by one row on one thread,
/// so caching the spare keeps the output independent of threading.
/// </summary>
public struct RandomSource
{
    private Xoshiro256StarStar _generator;
    private double _spareNormal;
    private bool _hasSpare;

    public RandomSource(Xoshiro256StarStar generator)
    {
        _generator = generator;
        _spareNormal = 0;
        _hasSpare = false;
    }

    /// <summary>A stream for one piece of work, keyed as <see cref="Xoshiro256StarStar.ForStream"/>.</summary>
    public static RandomSource For(ulong seed, ulong key1, ulong key2 = 0, ulong key3 = 0) =>
        new(Xoshiro256StarStar.ForStream(seed, key1, key2, key3));

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public double NextDouble() => _generator.NextDouble();

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public double NextOpenDouble() => _generator.NextOpenDouble();

    /// <summary>A standard normal deviate (Marsaglia polar method, both deviates of each pair used).</summary>
    public double NextNormal()
    {
        if (_hasSpare)
        {
            _hasSpare = false;
            return _spareNormal;
        }

        while (true)
        {
            double u = (2.0 * _generator.NextDouble()) - 1.0;
            double v = (2.0 * _generator.NextDouble()) - 1.0;
            double s = (u * u) + (v * v);
            if (s > 0.0 && s < 1.0)
            {
                double scale = Math.Sqrt(-2.0 * Math.Log(s) / s);
                _spareNormal = v * scale;
                _hasSpare = true;
                return u * scale;
            }
        }
    }
}
