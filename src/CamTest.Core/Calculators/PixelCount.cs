namespace CamTest.Core.Calculators;

/// <summary>Sampling errors of noise figures measured over N pixels of a difference image (Gaussian noise).</summary>
internal static class PixelCount
{
    /// <summary>Relative standard error of a sample variance of N values: sqrt(2/(N-1)).</summary>
    public static double RelativeVarianceError(long pixels)
    {
        Check(pixels);
        return Math.Sqrt(2.0 / (pixels - 1));
    }

    /// <summary>Relative standard error of a sample standard deviation of N values: about 1/sqrt(2(N-1)).</summary>
    public static double RelativeStdError(long pixels)
    {
        Check(pixels);
        return 1 / Math.Sqrt(2.0 * (pixels - 1));
    }

    private static void Check(long pixels)
    {
        if (pixels < 2)
        {
            throw new CalculatorInputException($"pixels must be at least 2 to estimate a spread, not {pixels}");
        }
    }
}
