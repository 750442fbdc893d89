using CamTest.Core.Emva;
using CamTest.Core.Results;

namespace CamTest.Core.Tests.Emva;

public class EmvaSpectrogramTests
{
    [Fact]
    public void White_noise_is_flat_at_its_standard_deviation()
    {
        // 200 rows of 256 Gaussian values, sigma 2: each frequency's power averages 200 rows, so it scatters by about
        // 1/sqrt(200) = 7 % relative (3.5 % in the standard deviation); the mean over all frequencies is the variance.
        const int w = 256, h = 200;
        var random = new Random(3);
        double[] image = [.. Enumerable.Range(0, w * h).Select(_ => 2 * Gaussian(random))];
        EmvaSpectrum s = EmvaSpectrogramTransform.Of(image, w, h, vertical: false, EmvaImageScale.Dn);

        Assert.Equal(129, s.Values.Count);
        Assert.InRange(Math.Sqrt(s.Values.Skip(1).Average(v => v * v)), 1.95, 2.05);
        Assert.All(s.Values.Skip(1), v => Assert.InRange(v, 2 * 0.85, 2 * 1.15));
    }

    [Fact]
    public void A_column_pattern_with_a_period_shows_as_a_peak_at_its_frequency_in_the_horizontal_spectrogram()
    {
        // Columns alternate in a period of 8 pixels (0.125 cycles/pixel), amplitude 1 DN, same in every row.
        const int w = 128, h = 64;
        double[] image = [.. Enumerable.Range(0, w * h).Select(i => Math.Cos(2 * Math.PI * (i % w) / 8))];
        EmvaSpectrum horizontal = EmvaSpectrogramTransform.Of(image, w, h, vertical: false, EmvaImageScale.Dn);
        EmvaSpectrum vertical = EmvaSpectrogramTransform.Of(image, w, h, vertical: true, EmvaImageScale.Dn);

        int peak = horizontal.Values.Select((v, k) => (v, k)).MaxBy(p => p.v).k;
        Assert.Equal(0.125, horizontal.Frequency[peak], 12);
        // A cosine of amplitude 1 has |X_k| = N/2 at its frequency: sqrt(|X_k|^2 / N) = sqrt(N) / 2 there.
        Assert.Equal(0.5 * Math.Sqrt(w), horizontal.Values[peak], 9);
        // Every column is constant along its length: the pattern is all at frequency 0 vertically.
        Assert.All(vertical.Values.Skip(1), v => Assert.True(v < 1e-9));
    }

    private static double Gaussian(Random random) =>
        Math.Sqrt(-2 * Math.Log(1 - random.NextDouble())) * Math.Cos(2 * Math.PI * random.NextDouble());
}
