namespace CamTest.Core.Emva;

/// <summary>
/// The highpass filter of EMVA 1288 Release 4: the image less its lowpass version, the lowpass being a 7 x 7 box, an
/// 11 x 11 box and a 3 x 3 binomial filter applied in turn (close to a Gaussian; Release 3.1 used one 5 x 5 box). It
/// removes what varies slowly across the sensor (uneven illumination, vignetting, shading) and keeps pixel-scale
/// non-uniformity and defects. All three filters are separable, so the lowpass is one 19-tap kernel along rows and
/// then along columns; only pixels whose whole 19 x 19 neighbourhood lies in the image are kept (9 lost at each edge).
/// </summary>
public static class EmvaHighPass
{
    /// <summary>The 1-D lowpass: box 7, box 11 and binomial [1 2 1] / 4 convolved (19 taps, summing to 1).</summary>
    public static IReadOnlyList<double> Kernel { get; } = BuildKernel();

    /// <summary>Pixels lost at each edge.</summary>
    public static int Margin => Kernel.Count / 2;

    /// <summary>
    /// Fraction of a white (pixel-to-pixel independent) pattern's variance the highpass keeps: with w the 2-D lowpass
    /// weights, var(x - w * x) / var(x) = (1 - w0)^2 + sum of the other w^2 = 1 - 2 w0 + sum w^2.
    /// </summary>
    public static double WhiteVarianceKept { get; } = WhiteFraction();

    /// <summary>The highpassed image, (width - 2 Margin) x (height - 2 Margin), row-major; empty when the image is too small.</summary>
    public static EmvaHighPassed Filter(double[] image, int width, int height)
    {
        int k = Kernel.Count, margin = Margin;
        int outWidth = width - (2 * margin), outHeight = height - (2 * margin);
        if (outWidth < 1 || outHeight < 1)
        {
            return new([], 0, 0);
        }

        double[] taps = [.. Kernel];
        // Along rows: every row, the valid columns only.
        var rowsFiltered = new double[height * outWidth];
        Parallel.For(0, height, y =>
        {
            int src = y * width;
            for (int x = 0; x < outWidth; x++)
            {
                double sum = 0;
                for (int t = 0; t < k; t++)
                {
                    sum += taps[t] * image[src + x + t];
                }

                rowsFiltered[(y * outWidth) + x] = sum;
            }
        });

        // Along columns, then subtract from the original pixel at the centre.
        var result = new double[outWidth * outHeight];
        Parallel.For(0, outHeight, y =>
        {
            for (int x = 0; x < outWidth; x++)
            {
                double sum = 0;
                for (int t = 0; t < k; t++)
                {
                    sum += taps[t] * rowsFiltered[((y + t) * outWidth) + x];
                }

                result[(y * outWidth) + x] = image[((y + margin) * width) + x + margin] - sum;
            }
        });

        return new(result, outWidth, outHeight);
    }

    private static double[] BuildKernel()
    {
        double[] kernel = [1];
        kernel = Convolve(kernel, [.. Enumerable.Repeat(1.0 / 7, 7)]);
        kernel = Convolve(kernel, [.. Enumerable.Repeat(1.0 / 11, 11)]);
        return Convolve(kernel, [0.25, 0.5, 0.25]);
    }

    private static double[] Convolve(double[] a, double[] b)
    {
        var c = new double[a.Length + b.Length - 1];
        for (int i = 0; i < a.Length; i++)
        {
            for (int j = 0; j < b.Length; j++)
            {
                c[i + j] += a[i] * b[j];
            }
        }

        return c;
    }

    private static double WhiteFraction()
    {
        double centre = Kernel[Margin] * Kernel[Margin];
        double squares = Kernel.Sum(w => w * w);
        return 1 - (2 * centre) + (squares * squares);
    }
}
