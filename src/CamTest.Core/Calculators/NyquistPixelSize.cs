using CamTest.Core.Results;

namespace CamTest.Core.Calculators;

/// <summary>
/// The camera pixel size that Nyquist-samples the optical resolution: resolution / 2 x magnification, with the
/// resolution from <see cref="NyquistCriterion"/>.
/// </summary>
public static class NyquistPixelSize
{
    /// <summary>Oil immersion (ISO 8036 oil, n_e = 1.518): the medium of the protocol's 1.3 and 1.4 NA objectives.</summary>
    public const double DefaultImmersionIndex = 1.518;

    public static CalculatorResult Compute(
        double magnification, double numericalAperture, double wavelengthNm,
        NyquistCriterion criterion = NyquistCriterion.Rayleigh, double immersionIndex = DefaultImmersionIndex)
    {
        CalculatorGuard.Positive(magnification, "magnification");
        CalculatorGuard.Positive(numericalAperture, "NA");
        CalculatorGuard.Positive(wavelengthNm, "wavelength");
        CalculatorGuard.AtLeast(immersionIndex, 1, "immersion index");
        if (numericalAperture > immersionIndex)
        {
            throw new CalculatorInputException(
                $"NA {CalculatorGuard.Show(numericalAperture)} exceeds the immersion medium's refractive index {CalculatorGuard.Show(immersionIndex)}: NA = n sin(theta) cannot be larger than n (set --immersion-index for another medium)");
        }

        double resolutionNm = criterion == NyquistCriterion.Rayleigh
            ? 0.61 * wavelengthNm / numericalAperture
            : wavelengthNm / (2 * numericalAperture);
        double samplingNm = resolutionNm / 2;
        double pixelUm = samplingNm * magnification / 1000;
        return new CalculatorResult
        {
            Name = "nyquist",
            Quantity = Quantity.Exact(pixelUm, CalculatorUnits.Micrometre),
            Formula = criterion == NyquistCriterion.Rayleigh
                ? "(0.61 x wavelength / NA) / 2 x magnification"
                : "(wavelength / (2 NA)) / 2 x magnification",
            Inputs = new Dictionary<string, double>
            {
                ["magnification"] = magnification, ["na"] = numericalAperture, ["wavelengthNm"] = wavelengthNm, ["immersionIndex"] = immersionIndex,
            },
            Derived =
            [
                DerivedQuantity.Exact("resolution", resolutionNm / 1000, CalculatorUnits.Micrometre),
                DerivedQuantity.Exact("nyquistPixelAtSample", samplingNm / 1000, CalculatorUnits.Micrometre),
            ],
            Notes = [$"criterion {criterion}; a camera pixel at most this size samples at Nyquist; a larger one needs extra magnification"],
        };
    }
}
