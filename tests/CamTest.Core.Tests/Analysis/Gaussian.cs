namespace CamTest.Core.Tests.Analysis;

/// <summary>Seeded normal deviates for synthetic test data (Box-Muller on System.Random).</summary>
public sealed class Gaussian(int seed)
{
    private readonly Random _rng = new(seed);

    public double Next(double sigma = 1) =>
        sigma * Math.Sqrt(-2 * Math.Log(1 - _rng.NextDouble())) * Math.Cos(2 * Math.PI * _rng.NextDouble());

    public int NextInt(int max) => _rng.Next(max);
}
