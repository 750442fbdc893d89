using System.Numerics;
using System.Text.Json.Serialization;
using MathNet.Numerics.IntegralTransforms;

namespace CamTest.Core.Emva;

/// <summary>
/// A spectrogram of EMVA 1288: the power spectrum of every row (horizontal) or every column (vertical) of an averaged
/// image, its mean taken off, averaged over rows (columns), shown as the standard deviation per frequency
/// sqrt(|X_k|^2 / N): white noise of standard deviation s is flat at s, and the mean over all N frequencies of the
/// power is the image's variance (Parseval). Periodic patterns stand out as peaks, row or column stripes at frequency 0.
/// Frequencies run from 0 to 0.5 cycles per pixel. The values are in the unit given (DN, or percent of the mean signal).
/// </summary>
public sealed record EmvaSpectrogram(
    [property: JsonPropertyName("frequencyCyclesPerPixel")] IReadOnlyList<double> Frequency,
    [property: JsonPropertyName("values")] IReadOnlyList<double> Values,
    [property: JsonPropertyName("unit")] string Unit)
{
    /// <summary>The horizontal (along rows) or vertical (along columns) spectrogram of <paramref name="image"/>, scaled by <paramref name="scale"/>.</summary>
    public static EmvaSpectrogram Of(double[] image, int width, int height, bool vertical, double scale, string unit)
    {
        (int length, int lines) = vertical ? (height, width) : (width, height);
        double mean = image.Average();
        int half = (length / 2) + 1;
        var power = new double[lines][];
        Parallel.For(
            0,
            lines,
            () => new Complex[length],
            (line, _, buffer) =>
            {
                for (int i = 0; i < length; i++)
                {
                    double v = vertical ? image[(i * width) + line] : image[(line * width) + i];
                    buffer[i] = new Complex(v - mean, 0);
                }

                Fourier.Forward(buffer, FourierOptions.NoScaling);
                var p = new double[half];
                for (int k = 0; k < half; k++)
                {
                    p[k] = (buffer[k].Real * buffer[k].Real) + (buffer[k].Imaginary * buffer[k].Imaginary);
                }

                power[line] = p;
                return buffer;
            },
            _ => { });

        var frequency = new double[half];
        var values = new double[half];
        for (int k = 0; k < half; k++)
        {
            double sum = 0;
            for (int line = 0; line < lines; line++)
            {
                sum += power[line][k];
            }

            frequency[k] = k / (double)length;
            values[k] = scale * Math.Sqrt(sum / lines / length);
        }

        return new EmvaSpectrogram(frequency, values, unit);
    }
}
