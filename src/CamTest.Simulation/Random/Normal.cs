namespace CamTest.Simulation.Random;

/// <summary>
/// Standard normal deviates by the Marsaglia polar method (Box-Muller without trigonometry). The second deviate
/// of each pair is discarded: keeping it would make a row's output depend on how many normals came before.
/// </summary>
public static class Normal
{
    public static double Sample(ref Xoshiro256StarStar rng)
    {
        while (true)
        {
            double u = (2.0 * rng.NextDouble()) - 1.0;
            double v = (2.0 * rng.NextDouble()) - 1.0;
            double s = (u * u) + (v * v);
            if (s > 0.0 && s < 1.0)
            {
                return u * Math.Sqrt(-2.0 * Math.Log(s) / s);
            }
        }
    }
}
