using CamTest.Core.Calculators;

namespace CamTest.Core.Tests.Calculators;

/// <summary>The numbers the protocol itself works through, recomputed by our calculators.</summary>
public class ProtocolWorkedNumbersTests
{
    [Fact]
    public void Peak_1791_over_bias_100_at_gain_1_18_is_1995_electrons()
    {
        CalculatorResult result = ElectronSignal.Compute(1791, 100, 1.18);
        // The protocol rounds to whole electrons: (1791 - 100) x 1.18 = 1995.38.
        Assert.Equal(1995, Math.Round(result.Quantity.Value));
        Assert.Equal("e-", result.Quantity.Unit.Symbol);
    }

    [Theory]
    [InlineData(40, 1.3, 4.8)]
    [InlineData(60, 1.4, 6.7)]
    [InlineData(100, 1.4, 11.1)]
    [InlineData(150, 1.4, 16.6)]
    public void Table_1_required_pixel_sizes_at_509_nm(double magnification, double na, double tableUm)
    {
        CalculatorResult result = NyquistPixelSize.Compute(magnification, na, 509);
        // Table 1 prints one decimal: the computed size must round to it.
        Assert.Equal(tableUm, Math.Round(result.Quantity.Value, 1), 10);
        Assert.Equal("um", result.Quantity.Unit.Symbol);
    }

    [Fact]
    public void Table_1_has_the_protocol_s_four_objectives_and_cameras()
    {
        IReadOnlyList<NyquistTableRow> rows = NyquistTable.Protocol();
        Assert.Equal([4.8, 6.7, 11.1, 16.6], rows.Select(r => Math.Round(r.RequiredPixelUm, 1)));
        Assert.Contains("Prime 95B", rows[2].IdealCamera, StringComparison.Ordinal);
    }

    [Fact]
    public void An_11_um_pixel_has_about_2_86_times_the_area_of_a_6_5_um_pixel()
    {
        CalculatorResult result = PixelAreaRatio.Compute(11, 6.5);
        // 121 / 42.25 = 2.8639...; the protocol writes "~2.86x".
        Assert.Equal(2.86, result.Quantity.Value, 0.005);
        // "if the 11 um pixel collects 100 photons, the 6.5 um pixel only collects ~35".
        double reference = result.Derived.Single(d => d.Name == "referencePhotonsPer100").Quantity.Value;
        Assert.Equal(35, reference, 0.5);
    }

    [Fact]
    public void Abbe_limit_at_550_nm_and_NA_1_4_is_0_20_um()
    {
        CalculatorResult result = NyquistPixelSize.Compute(100, 1.4, 550, NyquistCriterion.Abbe);
        double resolution = result.Derived.Single(d => d.Name == "resolution").Quantity.Value;
        // The protocol quotes 0.20 um (550 / 2.8 = 196.4 nm) and Nyquist sampling at 0.10 um.
        Assert.Equal(0.20, resolution, 0.005);
        Assert.Equal(0.10, result.Derived.Single(d => d.Name == "nyquistPixelAtSample").Quantity.Value, 0.002);
    }
}
