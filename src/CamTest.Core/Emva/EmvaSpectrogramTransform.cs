using System.Numerics;

namespace CamTest.Core.Emva;

/// <summary>Computes an EMVA 1288 spectrogram (<see cref="EmvaSpectrum"/>) of an averaged image.</summary>
public static class EmvaSpectrogramTransform
{
    /// <summary>The horizontal (along rows) or vertical (along columns) spectrogram of <paramref name="image"/>, in
    /// the unit of <paramref name="scale"/>.</summary>
    public static EmvaSpectrum Of(double[] image, int width, int height, bool vertical, EmvaImageScale scale)
    {
        (int length, int lines) = vertical ? (height, width) : (width, height);
        double mean = image.Average();
        int half = (length / 2) + 1;
        var fourier = new MixedRadixFourier(length);
        double Value(int line, int i) => (vertical ? image[(i * width) + line] : image[(line * width) + i]) - mean;

        // Two real lines go through one complex transform (a + i b): A_k = (Z_k + conj Z_(N-k)) / 2, B_k = (Z_k - conj Z_(N-k)) / 2i.
        int couples = (lines + 1) / 2;
        var power = new double[couples][];
        Parallel.For(
            0,
            couples,
            () => (new Complex[length], new Complex[length]),
            (c, _, buffers) =>
            {
                int a = 2 * c, b = a + 1;
                for (int i = 0; i < length; i++)
                {
                    buffers.Item1[i] = new Complex(Value(a, i), b < lines ? Value(b, i) : 0);
                }

                fourier.Forward(buffers.Item1, buffers.Item2);
                var p = new double[half];
                for (int k = 0; k < half; k++)
                {
                    Complex z = buffers.Item2[k], mirror = Complex.Conjugate(buffers.Item2[(length - k) % length]);
                    p[k] = ((z + mirror).Magnitude * (z + mirror).Magnitude / 4) + ((z - mirror).Magnitude * (z - mirror).Magnitude / 4);
                }

                power[c] = p;
                return buffers;
            },
            _ => { });

        var frequency = new double[half];
        var values = new double[half];
        for (int k = 0; k < half; k++)
        {
            double sum = 0;
            for (int c = 0; c < couples; c++)
            {
                sum += power[c][k];
            }

            frequency[k] = k / (double)length;
            values[k] = scale.Factor * Math.Sqrt(sum / lines / length);
        }

        return new EmvaSpectrum(frequency, values, scale.Unit);
    }
}
