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
        Transform(new Strided(input, 0, 1), output.AsSpan(0, _n), 0, scratch);
    }

    /// <summary>Transforms the <c>dst.Length</c> values <paramref name="src"/> picks into <paramref name="dst"/>, by the
    /// factors from <paramref name="level"/> on.</summary>
    private void Transform(Strided src, Span<Complex> dst, int level, Span<Complex> scratch)
    {
        int n = dst.Length;
        if (n == 1)
        {
            dst[0] = src.Values[src.Offset];
            return;
        }

        int p = _factors[level], m = n / p;
        for (int r = 0; r < p; r++)
        {
            Transform(new Strided(src.Values, src.Offset + (r * src.Stride), src.Stride * p), dst.Slice(r * m, m), level + 1, scratch);
        }

        int step = _n / n;
        if (p == 2)
        {
            // The radix-2 butterfly: X[k] = Y0[k] + W^k Y1[k], X[k + m] = Y0[k] - W^k Y1[k].
            for (int k = 0; k < m; k++)
            {
                Complex even = dst[k], odd = dst[m + k] * _twiddles[k * step];
                dst[k] = even + odd;
                dst[m + k] = even - odd;
            }

            return;
        }

        // X[k + q m] = sum_r W_n^(r k) W_p^(r q) Y_r[k]; the p inputs and outputs are the same p slots, read first.
        Span<Complex> t = scratch[..p];
        for (int k = 0; k < m; k++)
        {
            for (int r = 0; r < p; r++)
            {
                t[r] = dst[(r * m) + k] * _twiddles[r * k * step % _n];
            }

            for (int q = 0; q < p; q++)
            {
                Complex sum = t[0];
                for (int r = 1; r < p; r++)
                {
                    sum += t[r] * _twiddles[r * q * m * step % _n];
                }

                dst[k + (q * m)] = sum;
            }
        }
    }

    /// <summary>The values of a sub-transform: every <see cref="Stride"/>-th value of an array from an offset.</summary>
    private readonly record struct Strided(Complex[] Values, int Offset, int Stride);

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
