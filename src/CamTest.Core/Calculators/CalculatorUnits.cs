using CamTest.Core.Results;

namespace CamTest.Core.Calculators;

/// <summary>
/// The units the calculators' output spells as <c>camtest calc</c> always has (a contract: "um" rather than "µm",
/// "fps", "pixels"). Each is the algebra's unit under that name, so it still compares equal to it
/// (<see cref="Unit.Equals(Unit?)"/>: a dimensional unit's name is only its spelling).
/// </summary>
public static class CalculatorUnits
{
    public static Unit Micrometre { get; } = Unit.Micrometre.Named("um");

    public static Unit SquareMicrometre { get; } = Unit.Micrometre.Pow(2).Named("um^2");

    public static Unit FramesPerSecond { get; } = Unit.FramesPerSecond.Named("fps");

    public static Unit Pixels { get; } = Unit.Pixel.Named("pixels");
}
