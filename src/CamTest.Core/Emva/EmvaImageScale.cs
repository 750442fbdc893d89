using CamTest.Core.Results;

namespace CamTest.Core.Emva;

/// <summary>What an averaged image's values (DN) are multiplied by for a figure drawn from them, and the unit they are
/// then in: DN as they are, or percent of the mean signal (the PRNU's spectrograms).</summary>
public sealed record EmvaImageScale(double Factor, Unit Unit)
{
    public static EmvaImageScale Dn { get; } = new(1, EmvaUnits.Dn(Unit.Adu));

    public static EmvaImageScale PercentOf(double signal) => new(100 / signal, Unit.Percent);
}
