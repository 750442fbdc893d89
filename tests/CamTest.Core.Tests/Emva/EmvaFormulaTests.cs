using CamTest.Core.Analysis;
using CamTest.Core.Emva;
using CamTest.Core.Results;

namespace CamTest.Core.Tests.Emva;

/// <summary>The standard's closed formulas, checked against numbers worked by hand.</summary>
public class EmvaFormulaTests
{
    private static EmvaLevel Level(double exposure, double? photons, double mean, double variance, double top = 0) =>
        new(exposure, photons, 1, new Quantity(mean, Unit.Adu, 0.01), new Quantity(variance, Unit.Adu2, 0.01 * variance), top, ["test"]);

    [Fact]
    public void Sensitivity_threshold_solves_snr_equal_one_with_the_release_4_quarter()
    {
        // sigma_y.dark^2 = 9 DN^2, K = 0.5 DN/e-: sigma^2/K^2 = 36 e-^2; mu_e.min = sqrt(36.25) + 0.5 = 6.5208 e-.
        EmvaDarkNoise dark = EmvaDarkNoise.From([Level(0.001, null, 100, 9)], Quantity.Exact(0.5, Unit.AduPerElectron));
        Quantity threshold = EmvaSensitivityThreshold.Electrons(dark, Quantity.Exact(0.5, Unit.AduPerElectron));
        Assert.Equal(Math.Sqrt(36.25) + 0.5, threshold.Value, 12);
        // At that signal, SNR = mu_e / sqrt(36 + mu_e) is 1: the definition.
        Assert.Equal(1, threshold.Value / Math.Sqrt(36 + threshold.Value), 12);
        Assert.Equal(Unit.Electron, threshold.Unit);
    }

    [Fact]
    public void Dark_noise_below_the_quantisation_limit_is_replaced_by_the_bound()
    {
        EmvaDarkNoise dark = EmvaDarkNoise.From([Level(0.001, null, 3, 0.1)], Quantity.Exact(0.02, Unit.AduPerElectron));
        Assert.True(dark.QuantisationLimited);
        Assert.Equal(0.1, dark.MeasuredVariance.Value, 12);
        Assert.Equal(Math.Sqrt(0.24 - (1.0 / 12)) / 0.02, dark.SigmaD.Value, 9);
    }

    [Fact]
    public void Saturation_comes_before_the_variance_maximum_when_pixels_reach_the_top_code_first()
    {
        // Variance still rising at point 4, but point 3 has 0.5 % of pixel values at the top code: saturation is point 2.
        EmvaLevel dark = Level(0.001, null, 10, 4);
        var match = new EmvaDarkMatch([dark]);
        EmvaPoint[] points = [.. new[] { (100.0, 50.0, 0.0), (200, 100, 0), (300, 150, 0.0005), (400, 200, 0.005), (500, 250, 0.02) }
            .Select((p, i) => new EmvaPoint(Level(0.001, i + 1, p.Item1, p.Item2, p.Item3), match.At(0.001)))];
        SaturationPoint.Found s = EmvaSaturationRule.Find(points);
        Assert.Equal(2, s.Index);
        Assert.True(s.Reached);
        Assert.Contains("top code 4095", EmvaSaturationRule.Describe(s, points, 4095), StringComparison.Ordinal);

        SaturationPoint.Found rising = EmvaSaturationRule.Find([.. points.Select(p => p with { Bright = p.Bright with { TopCodeFraction = 0 } })]);
        Assert.False(rising.Reached);
        Assert.Equal(4, rising.Index);
    }

    [Fact]
    public void Photons_from_irradiance_follow_e_a_t_lambda_over_h_c()
    {
        // 1 W/m², a 10 µm pixel (1e-10 m²), 1 ms, 500 nm: 1e-13 J at 3.97289e-19 J per photon = 251,706 photons.
        Assert.Equal(1e-13 / (6.62607015e-34 * 299792458 / 500e-9), PhotonCount.PerPixel(1, 10, 1e-3, 500), 6);
        Assert.Equal(251_706, PhotonCount.PerPixel(1, 10, 1e-3, 500), 0);
    }

    [Fact]
    public void Histograms_count_every_pixel_and_accumulate_from_all_of_them()
    {
        var random = new Random(9);
        double[] deviations = [.. Enumerable.Range(0, 5000).Select(_ => Math.Round(random.NextDouble() * 40) / 8 - 2.5)];
        EmvaDefectHistogram h = EmvaHistogramCounter.Of(deviations, 1.0 / 8, EmvaUnits.Dn(Unit.Adu));
        Assert.Equal(5000, h.Counts.Sum());
        Assert.True(h.Counts.Count <= EmvaHistogramCounter.MaxBins);
        Assert.Equal(0, h.BinWidth % (1.0 / 8), 12);
        Assert.Equal(100, h.AccumulatedPercent[0], 12);
        Assert.True(h.AccumulatedPercent.Zip(h.AccumulatedPercent.Skip(1)).All(p => p.First >= p.Second));
    }
}
