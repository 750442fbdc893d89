using CamTest.Core.Results;

namespace CamTest.Core.Tests.Results;

public class UnitTests
{
    [Fact]
    public void Derived_units_are_written_as_results_json_writes_them()
    {
        Assert.Equal("e-/ADU", (Unit.Electron / Unit.Adu).Symbol);
        Assert.Equal("ADU^2/pixel/s", (Unit.Adu * Unit.Adu / Unit.Pixel / Unit.Second).Symbol);
        Assert.Equal("e-/pixel/s", (Unit.Adu / Unit.Second / Unit.Pixel * Unit.ElectronsPerAdu).Symbol);
        Assert.Equal("frames/s", (Unit.Frame / Unit.Second).Symbol);
        Assert.Equal("e-", (Unit.Adu * Unit.ElectronsPerAdu).Symbol);
        Assert.Equal(string.Empty, (Unit.Electron / Unit.Electron).Symbol);
        Assert.Equal("ADU", Unit.Adu2.Sqrt().Symbol);
    }

    [Theory]
    [InlineData("e-/ADU")]
    [InlineData("ADU^2/pixel/s")]
    [InlineData("e-/pixel/s")]
    [InlineData("ADU/frame")]
    [InlineData("frames/s")]
    [InlineData("ms")]
    [InlineData("%")]
    [InlineData("x")]
    [InlineData("")]
    public void Every_unit_text_parses_back_to_itself(string text) => Assert.Equal(text, Unit.Parse(text).Symbol);

    [Fact]
    public void Dn_and_adu_name_the_same_unit()
    {
        Assert.Equal(Unit.AduPerElectron, Unit.Parse("DN/e-"));

        // Read back from an EMVA results.json, the unit is still written as the standard writes it.
        Assert.Equal("DN/e-", Unit.Parse("DN/e-").Symbol);
        Assert.Equal("DN", Unit.Parse("DN").Symbol);
        Assert.Equal("ADU/e-", Unit.Parse("ADU/e-").Symbol);
    }

    [Fact]
    public void Units_of_one_kind_convert_and_others_refuse()
    {
        Assert.Equal(1000, Unit.Second.ConversionFactorTo(Unit.Millisecond), 12);
        Assert.Equal(100, Unit.One.ConversionFactorTo(Unit.Percent), 12);
        Assert.Throws<InvalidOperationException>(() => Unit.Adu.ConversionFactorTo(Unit.Electron));
        Assert.Throws<InvalidOperationException>(() => Unit.Adu.Sqrt());
        Assert.False(Unit.TryParse("furlongs", out _));
    }
}
