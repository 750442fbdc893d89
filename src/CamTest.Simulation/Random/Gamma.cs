namespace CamTest.Simulation.Random;

/// <summary>
/// Gamma deviates by Marsaglia and Tsang's method ("A simple method for generating gamma variables", ACM TOMS 26,
/// 2000). Used for the EMCCD multiplication register: n input electrons leave the register as Gamma(n, gain),
/// the standard continuous approximation whose excess noise factor F^2 tends to 2 at high gain.
/// </summary>
public static class Gamma
{
    /// <summary>A deviate of Gamma(shape, scale) for shape above 0 (an electron count, fractional after blooming).</summary>
    public static double Sample(ref RandomSource rng, double shape, double scale)
    {
        if (shape < 1)
        {
            // Marsaglia and Tsang's boost: Gamma(a) = Gamma(a + 1) U^(1/a) for a below 1.
            double u1 = rng.NextOpenDouble();
            return Sample(ref rng, shape + 1, scale) * Math.Pow(u1, 1 / shape);
        }

        double d = shape - (1.0 / 3.0);
        double c = 1.0 / Math.Sqrt(9.0 * d);
        while (true)
        {
            double x;
            double v;
            do
            {
                x = rng.NextNormal();
                v = 1.0 + (c * x);
            }
            while (v <= 0.0);

            v = v * v * v;
            double u = rng.NextOpenDouble();
            double x2 = x * x;
            if (u < 1.0 - (0.0331 * x2 * x2) || Math.Log(u) < (0.5 * x2) + (d * (1.0 - v + Math.Log(v))))
            {
                return d * v * scale;
            }
        }
    }
}
