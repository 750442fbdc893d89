using CamTest.Core.Results;

namespace CamTest.Core.Calculators;

/// <summary>
/// How much more light a square pixel collects than a reference pixel: the ratio of areas, (size/reference)^2,
/// at equal quantum efficiency and photon flux per unit area.
/// </summary>
public static class PixelAreaRatio
{
    public static CalculatorResult Compute(double sizeUm, double referenceUm)
    {
        CalculatorGuard.Positive(sizeUm, "pixel size");
        CalculatorGuard.Positive(referenceUm, "reference pixel size");
        double ratio = sizeUm * sizeUm / (referenceUm * referenceUm);
        return new CalculatorResult
        {
            Name = "pixel",
            Quantity = Quantity.Exact(ratio, Unit.One),
            Formula = "(size / reference)^2",
            Inputs = new Dictionary<string, double> { ["sizeUm"] = sizeUm, ["referenceUm"] = referenceUm },
            Derived =
            [
                DerivedQuantity.Exact("area", sizeUm * sizeUm, CalculatorUnits.SquareMicrometre),
                DerivedQuantity.Exact("referenceArea", referenceUm * referenceUm, CalculatorUnits.SquareMicrometre),
                DerivedQuantity.Exact("referencePhotonsPer100", 100 / ratio, Unit.Photon),
            ],
            Notes = [$"for every 100 photons the {CalculatorGuard.Show(sizeUm)} um pixel collects, the {CalculatorGuard.Show(referenceUm)} um pixel collects {100 / ratio:F1} (same QE)"],
        };
    }
}
