namespace CamTest.Core.Calculators;

/// <summary>One row of the protocol's Table 1: an objective, the pixel it needs, and the camera the protocol names.</summary>
public sealed record NyquistTableRow(double Magnification, double NumericalAperture, double WavelengthNm, double RequiredPixelUm, string IdealCamera);

/// <summary>The protocol's Table 1 (GFP, 509 nm, Rayleigh), recomputed rather than copied.</summary>
public static class NyquistTable
{
    public const double GfpWavelengthNm = 509;

    private static readonly (double Magnification, double Na, string Camera)[] Objectives =
    [
        (40, 1.3, "CoolSNAP DYNO (4.54 um)"),
        (60, 1.4, "Prime BSI (6.5 um)"),
        (100, 1.4, "Prime 95B (11 um)"),
        (150, 1.4, "Evolve 512 Delta (16 um)"),
    ];

    public static IReadOnlyList<NyquistTableRow> Protocol() =>
        Objectives.Select(o => new NyquistTableRow(
            o.Magnification, o.Na, GfpWavelengthNm,
            NyquistPixelSize.Compute(o.Magnification, o.Na, GfpWavelengthNm).Quantity.Value,
            o.Camera)).ToList();
}
