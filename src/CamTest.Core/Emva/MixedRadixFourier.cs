using System.Numerics;

namespace CamTest.Core.Emva;

/// <summary>
/// The discrete Fourier transform X_k = sum_n x_n exp(-2 pi i k n / N) of one length, any N: recursive decimation in
/// time over N's prime factors, twiddles from one table. Image sides (640 = 2^7 5, 480 = 2^5 3 5, 2048) factor into
/// small primes, where this costs N (sum of the factors) operations; a large prime factor p costs N p. Spectrograms
/// transform hundreds of rows of one length, so the plan is made once and reused (it is safe from several threads).
/// </summary>
internal sealed class MixedRadixFourier
{
    private readonly int _n;
    private readonly int[] _factors;
    private readonly Complex[] _twiddles;

    public MixedRadixFourier(int n)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(n);
        _n = n;
        _factors = Factor(n);
        _twiddles = new Complex[n];
        for (int j = 0; j < n; j++)
        {
            double angle = -2 * Math.PI * j / n;
            _twiddles[j] = new Complex(Math.Cos(angle), Math.Sin(angle));
        }
    }

    public int Length => _n;

    /// <summary>Transforms <paramref name="input"/> into <paramref name="output"/> (both of <see cref="Length"/>, distinct arrays).</summary>
    public void Forward(Complex[] input, Complex[] output)
    {
        Span<Complex> scratch = stackalloc Complex[_factors.Length == 0 ? 1 : _factors.Max()];
        Transform(input, 0, 1, output, 0, _n, 0, scratch);
    }

    private void Transform(Complex[] src, int srcOffset, int stride, Complex[] dst, int dstOffset, int n, int level, Span<Complex> scratch)
    {
        if (n == 1)
        {
            dst[dstOffset] = src[srcOffset];
            return;
        }

        int p = _factors[level], m = n / p;
        for (int r = 0; r < p; r++)
        {
            Transform(src, srcOffset + (r * stride), stride * p, dst, dstOffset + (r * m), m, level + 1, scratch);
        }

        int step = _n / n;
        if (p == 2)
        {
            // The radix-2 butterfly: X[k] = Y0[k] + W^k Y1[k], X[k + m] = Y0[k] - W^k Y1[k].
            for (int k = 0; k < m; k++)
            {
                Complex even = dst[dstOffset + k], odd = dst[dstOffset + m + k] * _twiddles[k * step];
                dst[dstOffset + k] = even + odd;
                dst[dstOffset + m + k] = even - odd;
            }

            return;
        }

        // X[k + q m] = sum_r W_n^(r k) W_p^(r q) Y_r[k]; the p inputs and outputs are the same p slots, read first.
        Span<Complex> t = scratch[..p];
        for (int k = 0; k < m; k++)
        {
            for (int r = 0; r < p; r++)
            {
                t[r] = dst[dstOffset + (r * m) + k] * _twiddles[r * k * step % _n];
            }

            for (int q = 0; q < p; q++)
            {
                Complex sum = t[0];
                for (int r = 1; r < p; r++)
                {
                    sum += t[r] * _twiddles[r * q * m * step % _n];
                }

                dst[dstOffset + k + (q * m)] = sum;
            }
        }
    }

    private static int[] Factor(int n)
    {
        var factors = new List<int>();
        for (int f = 2; (long)f * f <= n; f++)
        {
            while (n % f == 0)
            {
                factors.Add(f);
                n /= f;
            }
        }

        if (n > 1)
        {
            factors.Add(n);
        }

        return [.. factors];
    }
}
