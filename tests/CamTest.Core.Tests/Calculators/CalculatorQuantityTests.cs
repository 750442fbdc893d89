using CamTest.Core.Calculators;
using CamTest.Core.Results;

namespace CamTest.Core.Tests.Calculators;

/// <summary>
/// A calculator's figure is one <see cref="Quantity"/>: its unit is the algebra's (so it compares with every other
/// figure's), spelled as <c>camtest calc</c> always wrote it, and its error is unknown (null) when the typed inputs
/// carry none, the algebra's propagated error when they do.
/// </summary>
public class CalculatorQuantityTests
{
    [Fact]
    public void Headline_figures_carry_the_algebras_units_spelled_as_calc_writes_them()
    {
        (CalculatorResult Result, Unit Unit, string Text)[] cases =
        [
            (ElectronSignal.Compute(1791, 100, 1.18), Unit.Electron, "e-"),
            (SinglePointGain.Compute(100, 1100, 1100, 20, 10_001), Unit.ElectronsPerAdu, "e-/ADU"),
            (ReadNoiseFromDifference.Compute(2, 1.5), Unit.Electron, "e-"),
            (DarkCurrentFromNoise.Compute(5, 3, 10), Unit.ElectronsPerPixelPerSecond, "e-/pixel/s"),
            (SignalToNoise.Compute(100, 1, 1, 10), Unit.One, string.Empty),
            (NyquistPixelSize.Compute(60, 1.4, 509), Unit.Micrometre, "um"),
            (PixelAreaRatio.Compute(11, 6.5), Unit.One, string.Empty),
            (EmGainAdvice.Compute(50), Unit.Times, "x"),
            (ReadoutTiming.Compute(new ReadoutRequest { FramesPerSecond = 100 }), Unit.Millisecond, "ms"),
            (ReadoutTiming.Compute(new ReadoutRequest { Sensor = SensorKind.Ccd, ReadoutRateMHz = 10 }), Unit.Nanosecond, "ns"),
        ];
        foreach ((CalculatorResult result, Unit unit, string text) in cases)
        {
            Assert.Equal(unit, result.Quantity.Unit);
            Assert.Equal(text, result.Quantity.Unit.Symbol);
        }

        // An EM gain is a factor, an SNR a pure number: the two no longer compare equal.
        Assert.NotEqual(EmGainAdvice.Compute(50).Quantity.Unit, SignalToNoise.Compute(100, 1, 1, 10).Quantity.Unit);
    }

    [Fact]
    public void Derived_figures_carry_their_units_and_design_calculators_are_exact()
    {
        CalculatorResult pixel = PixelAreaRatio.Compute(11, 6.5);
        DerivedQuantity area = pixel.Derived.Single(d => d.Name == "area");
        Assert.Equal(Unit.Micrometre.Pow(2), area.Quantity.Unit);
        Assert.Equal("um^2", area.Quantity.Unit.Symbol);
        Assert.Equal(121, area.Quantity.Value, 12);
        // A pixel area follows exactly from the pitch typed (a design value, not a measurement): error 0, not unknown.
        Assert.Equal(0, area.Quantity.StdErr);
        Assert.Equal(0, pixel.Quantity.StdErr);
        Assert.Equal(Unit.Photon, pixel.Derived.Single(d => d.Name == "referencePhotonsPer100").Quantity.Unit);

        CalculatorResult readout = ReadoutTiming.Compute(new ReadoutRequest { Sensor = SensorKind.Ccd, ReadoutRateMHz = 10, Width = 1024, Height = 1024, Binning = 2 });
        Assert.Equal(Unit.Pixel, readout.Derived.Single(d => d.Name == "pixelsRead").Quantity.Unit);
        Assert.Equal(Unit.FramesPerSecond, readout.Derived.Single(d => d.Name == "frameRate").Quantity.Unit);
        Assert.Equal("fps", readout.Derived.Single(d => d.Name == "frameRate").Quantity.Unit.Symbol);
        Assert.All(readout.Derived, d => Assert.Equal(0, d.Quantity.StdErr));
        Assert.Equal(0, readout.Quantity.StdErr);
    }

    [Fact]
    public void The_headline_error_is_unknown_without_input_errors_and_propagated_with_them()
    {
        Assert.Null(ElectronSignal.Compute(1791, 100, 1.18).Quantity.StdErr);
        Quantity electrons = ElectronSignal.Compute(1791, 100, 1.18, biasStderr: 0.5, gainStderr: 0.01).Quantity;
        // (S - B) g: d = sqrt((g sB)^2 + ((S - B) sg)^2) = sqrt(0.59^2 + 16.91^2).
        Assert.Equal(Math.Sqrt((1.18 * 0.5 * 1.18 * 0.5) + (1691 * 0.01 * 1691 * 0.01)), electrons.StdErr!.Value, 1e-9);
        Assert.Null(SinglePointGain.Compute(100, 1100, 1100, 20).Quantity.StdErr);
        Assert.NotNull(SinglePointGain.Compute(100, 1100, 1100, 20, 10_001).Quantity.StdErr);
    }
}
