using CamTest.Core.Results;

namespace CamTest.Core.Calculators;

/// <summary>A secondary figure a calculator reports beside its headline value, named as the output keys it.</summary>
public sealed record DerivedQuantity(string Name, Quantity Quantity)
{
    /// <summary>A figure computed from the typed inputs alone, whose errors are not given: unknown, never 0, so it is
    /// written without one (the rule the headline figures follow through the algebra).</summary>
    public static DerivedQuantity Of(string name, double value, Unit unit) => new(name, Quantity.WithUnknownError(value, unit));

    /// <summary>A figure that follows exactly from design values (a wavelength, an aperture, a readout rate, a pixel
    /// pitch): the answer to "what if", not a measurement, so its error is 0, not unknown.</summary>
    public static DerivedQuantity Exact(string name, double value, Unit unit) => new(name, Quantity.Exact(value, unit));
}
