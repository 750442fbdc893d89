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
    [InlineData("ns")]
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

    [Fact]
    public void Dimensionless_units_of_different_meaning_are_not_equal()
    {
        // A pure number, a decibel, a bit and a factor share exponents (none) and scale (1): only the name tells them apart.
        Assert.NotEqual(Unit.One, Unit.Decibel);
        Assert.NotEqual(Unit.Decibel, Unit.Bits);
        Assert.NotEqual(Unit.One, Unit.Bits);
        Assert.NotEqual(Unit.One, Unit.Times);
        Assert.True(Unit.Decibel != Unit.Bits);
        Assert.NotEqual(Unit.One, Unit.Percent);
        Assert.NotEqual(Unit.ElectronsPerAdu, Unit.AduPerElectron);

        // Still one kind for arithmetic: a value converts between them (a % is a hundredth of a pure number).
        Assert.True(Unit.Decibel.IsCompatibleWith(Unit.One));
        Assert.Equal(100, Unit.One.ConversionFactorTo(Unit.Percent), 12);
    }

    [Fact]
    public void Equal_units_compare_and_hash_equal_whatever_their_spelling()
    {
        // Built differently, the same unit: a derived ratio of like units is the pure number; DN is ADU; frame/s is frames/s.
        (Unit A, Unit B)[] same =
        [
            (Unit.Electron / Unit.Electron, Unit.One),
            (Unit.Parse("dB"), Unit.Decibel),
            (Unit.Parse("%"), Unit.Percent),
            (Unit.Parse("DN/e-"), Unit.AduPerElectron),
            (Unit.Frame / Unit.Second, Unit.FramesPerSecond.Named("fps")),
            (Unit.Adu * Unit.Adu, Unit.Adu2),
        ];
        foreach ((Unit a, Unit b) in same)
        {
            Assert.Equal(b, a);
            Assert.True(a == b, $"{a} == {b}");
            Assert.Equal(b.GetHashCode(), a.GetHashCode());
        }

        // A dictionary keyed by unit keeps a dB and a bit apart and finds a re-parsed one.
        var byUnit = new Dictionary<Unit, string> { [Unit.Decibel] = "dB", [Unit.Bits] = "bits", [Unit.One] = "ratio" };
        Assert.Equal(3, byUnit.Count);
        Assert.Equal("bits", byUnit[Unit.Parse("bits")]);
    }
}
